package org.ctios.protocol.types;

/** AgentFlags (tag 87, USHORT mask) of a team member in AGENT_TEAM_CONFIG_EVENT; 0 is a regular agent. */
public final class AgentFlags {

    public static final int REGULAR_AGENT = 0;
    public static final int PRIMARY_SUPERVISOR = 0x0001;
    public static final int TEMPORARY_AGENT = 0x0002;
    public static final int SUPERVISOR = 0x0004;

    private AgentFlags() {
    }
}
