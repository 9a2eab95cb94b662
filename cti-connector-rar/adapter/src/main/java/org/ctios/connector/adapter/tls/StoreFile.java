package org.ctios.connector.adapter.tls;

import java.util.Objects;

/**
 * A key or trust store file: where it is, its type and its password. An empty path means none. The password never
 * appears in {@link #toString()}, so that no log or error message carries it.
 *
 * @param path     the file, or empty for none
 * @param type     the {@link java.security.KeyStore} type, such as PKCS12 or JKS
 * @param password the store's password, may be empty
 */
public record StoreFile(String path, String type, String password) {

    public StoreFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(password, "password");
    }

    /** No store. */
    public static StoreFile none() {
        return new StoreFile("", "PKCS12", "");
    }

    public boolean isPresent() {
        return !path.isEmpty();
    }

    @Override
    public String toString() {
        return isPresent() ? type + " store " + path : "no store";
    }
}
