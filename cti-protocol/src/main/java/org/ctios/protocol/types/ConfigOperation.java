package org.ctios.protocol.types;

import java.util.Optional;

/** ConfigOperation (USHORT) of AGENT_TEAM_CONFIG_EVENT: what the listed members are to the team. */
public enum ConfigOperation {
    /** The team's permanent configuration: the members listed are the whole team. */
    RESTORE_PERMANENT(0),
    /** The members listed join the team. */
    ADD_AGENT(1),
    /** The members listed leave the team. */
    REMOVE_AGENT(2);

    private final int wire;

    ConfigOperation(int wire) {
        this.wire = wire;
    }

    /** The value on the wire (USHORT). */
    public int wire() {
        return wire;
    }

    /** The constant with that wire value, if the protocol defines one. */
    public static Optional<ConfigOperation> fromWire(int wire) {
        for (ConfigOperation value : values()) {
            if (value.wire == wire) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
