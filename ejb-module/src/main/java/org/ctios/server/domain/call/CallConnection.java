package org.ctios.server.domain.call;

import java.util.Objects;

/**
 * A device's connection to a call, and its state.
 *
 * @param supervising the device joined as a supervisor (barge-in, intercept), not as the call's agent
 */
public record CallConnection(String deviceId, ConnectionState state, boolean supervising) {

    public CallConnection {
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(state, "state");
    }

    @Override
    public String toString() {
        return deviceId + ":" + state + (supervising ? "(supervisor)" : "");
    }
}
