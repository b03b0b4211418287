package io.kopilka.web.backoffice.programme;

import io.kopilka.programme.Network;
import org.jspecify.annotations.Nullable;

/** The form an administrator adds or renames a network with (a bean, so errors bind to its fields). */
public class NetworkFormData {

    private @Nullable String code;
    private @Nullable String name;

    static NetworkFormData of(Network network) {
        NetworkFormData form = new NetworkFormData();
        form.code = network.code();
        form.name = network.name();
        return form;
    }

    public @Nullable String getCode() {
        return code;
    }

    public void setCode(@Nullable String code) {
        this.code = code;
    }

    public @Nullable String getName() {
        return name;
    }

    public void setName(@Nullable String name) {
        this.name = name;
    }
}
