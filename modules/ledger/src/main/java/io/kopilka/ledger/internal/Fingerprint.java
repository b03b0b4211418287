package io.kopilka.ledger.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The hash of an operation's full content, compared when an idempotency key comes again. */
final class Fingerprint {

    private Fingerprint() {
    }

    /** Records print every component (reasons with sorted parameters), so equal commands hash alike. */
    static String of(Object command) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String canonical = command.getClass().getSimpleName() + ":" + command;
            return HexFormat.of().formatHex(sha.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
