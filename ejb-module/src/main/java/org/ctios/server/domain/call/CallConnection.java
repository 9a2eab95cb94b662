package org.ctios.server.domain.call;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import org.ctios.protocol.types.LocalConnectionState;

/** A device's connection to a call, and its state. */
@Embeddable
public class CallConnection {

    @Column(name = "device_id", length = 64, nullable = false)
    private String deviceId;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", length = 12, nullable = false)
    private LocalConnectionState state;

    /** The device joined as a supervisor (barge-in, intercept), not as the call's agent. */
    @Column(name = "supervising", nullable = false)
    private boolean supervising;

    protected CallConnection() {
        // for JPA
    }

    public CallConnection(String deviceId, LocalConnectionState state, boolean supervising) {
        this.deviceId = Objects.requireNonNull(deviceId, "deviceId");
        this.state = Objects.requireNonNull(state, "state");
        this.supervising = supervising;
    }

    public String deviceId() {
        return deviceId;
    }

    public LocalConnectionState state() {
        return state;
    }

    public boolean supervising() {
        return supervising;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CallConnection party && party.deviceId.equals(deviceId) && party.state == state
                && party.supervising == supervising;
    }

    @Override
    public int hashCode() {
        return Objects.hash(deviceId, state, supervising);
    }

    @Override
    public String toString() {
        return deviceId + ":" + state + (supervising ? "(supervisor)" : "");
    }
}
