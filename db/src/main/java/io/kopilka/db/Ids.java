package io.kopilka.db;

import com.github.f4b6a3.tsid.TsidCreator;

/** Creates time-ordered 64-bit row ids in the application, so no table depends on AUTO_INCREMENT. */
public final class Ids {

    private Ids() {
    }

    /** Returns a new id, unique across instances and increasing with time. */
    public static long next() {
        return TsidCreator.getTsid().toLong();
    }
}
