package org.ctios.simulator.acd;

/** One device's part in a call. Mutable, confined to the engine's thread. */
final class Connection {

    private final String deviceId;
    private final DeviceKind kind;
    private final Agent agent;
    private ConnectionState state;

    Connection(String deviceId, DeviceKind kind, Agent agent, ConnectionState state) {
        this.deviceId = deviceId;
        this.kind = kind;
        this.agent = agent;
        this.state = state;
    }

    String deviceId() {
        return deviceId;
    }

    DeviceKind kind() {
        return kind;
    }

    /** The agent whose phone this is, or {@code null} for other devices. */
    Agent agent() {
        return agent;
    }

    ConnectionState state() {
        return state;
    }

    void state(ConnectionState newState) {
        this.state = newState;
    }

    ConnectionView view() {
        return new ConnectionView(deviceId, kind, agent == null ? null : agent.id(), state);
    }
}
