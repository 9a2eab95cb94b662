package org.ctios.server.domain.call;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/**
 * How a call stores one device's connection, keyed by the device: immutable, replaced whole when the connection
 * changes, so that Hibernate updates that party's row alone.
 */
@Embeddable
public class DeviceConnection {

    @Enumerated(EnumType.STRING)
    @Column(name = "state", length = 12, nullable = false)
    private ConnectionState state;

    @Column(name = "supervising", nullable = false)
    private boolean supervising;

    protected DeviceConnection() {
        // for JPA
    }

    DeviceConnection(ConnectionState state, boolean supervising) {
        this.state = Objects.requireNonNull(state, "state");
        this.supervising = supervising;
    }

    ConnectionState state() {
        return state;
    }

    boolean supervising() {
        return supervising;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DeviceConnection connection && connection.state == state
                && connection.supervising == supervising;
    }

    @Override
    public int hashCode() {
        return Objects.hash(state, supervising);
    }
}
