package org.ctios.simulator.admin;

import java.io.IOException;
import java.util.List;
import org.ctios.protocol.types.CallVariables;
import org.ctios.protocol.types.NamedVariable;

/**
 * What the admin interface asks of the simulator it serves. The HTTP layer depends on this rather than on the
 * simulator itself, which starts it, so the two do not depend on each other.
 */
public interface AdministeredSimulator {

    /** A customer call arrives for a skill group; answers its ConnectionCallID. */
    long injectCall(int skillGroup, String ani, String dnis, CallVariables variables, List<NamedVariable> ecc);

    /**
     * A customer call for one agent, through one of its skill groups ({@code null}: its first); answers its
     * ConnectionCallID. It rings at the agent when it is available, else waits for that agent alone. Refuses an
     * unknown or logged-out agent, or a skill group not the agent's ({@link IllegalStateException}), and a call
     * beyond the calls that may wait for one agent ({@link LimitReached}).
     */
    long injectCallForAgent(String agentId, Integer skillGroup, String ani, String dnis, CallVariables variables,
                            List<NamedVariable> ecc);

    /** Changes the arrival rate of generated calls; refuses a negative rate. */
    void callsPerSecond(double rate);

    /** Fails a side of the CTI Server: its sessions drop and its port closes. */
    void failSide(String side) throws IOException;

    /** Brings a failed side back on its port. */
    void restoreSide(String side) throws IOException;

    void peripheralOnline(boolean online);

    SimulatorStats stats();

    /**
     * Moves an agent to another team, as a switch administrator would; the switch announces it with
     * AGENT_TEAM_CONFIG_EVENTs. Refuses an unknown agent or team ({@link IllegalArgumentException}) and a team's
     * supervisor ({@link IllegalStateException}).
     */
    void moveAgentToTeam(String agentId, int teamId);
}
