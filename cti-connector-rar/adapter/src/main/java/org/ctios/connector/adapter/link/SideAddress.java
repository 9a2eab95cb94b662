package org.ctios.connector.adapter.link;

import java.util.Objects;

/** One side of the duplex CTI Server pair: a label ("A" or "B") and where it listens. */
public record SideAddress(String label, String host, int port) {

    public SideAddress {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(host, "host");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("side " + label + ": port must be 1..65535, was " + port);
        }
    }

    @Override
    public String toString() {
        return label + " (" + host + ":" + port + ")";
    }
}
