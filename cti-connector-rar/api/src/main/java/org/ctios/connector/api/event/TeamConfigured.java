package org.ctios.connector.api.event;

import java.util.List;
import org.ctios.protocol.types.ConfigOperation;

/**
 * An agent team's configuration as the switch reports it (AGENT_TEAM_CONFIG_EVENT): after a team monitor starts
 * (the connector starts one per team at every resynchronisation) and whenever the switch's configuration changes.
 * {@code operation} says whether {@code members} are the whole team (RESTORE_PERMANENT; a team of more than 64 comes
 * as that and ADD_AGENT events), joined it (ADD_AGENT) or left it (REMOVE_AGENT).
 *
 * @param operation what the listed members are to the team; null for a value the protocol does not define
 * @param teamName  the team's name, or null when the switch sent none
 */
public record TeamConfigured(EventOrigin origin, long teamId, String teamName, ConfigOperation operation,
                             List<Member> members) implements CtiEvent {

    public TeamConfigured {
        members = List.copyOf(members);
    }

    /**
     * One listed member.
     *
     * @param supervisor AgentFlags names it the team's supervisor (primary or not)
     */
    public record Member(String agentId, boolean supervisor) {
    }

    /**
     * Link-wide: a change of a team touches the rights over several agents at once, so it is delivered after every
     * event before it and before any after it, like a snapshot's bounds.
     */
    @Override
    public Concerns concerns() {
        return Concerns.wholeLink();
    }

    @Override
    public void handleWith(Handler handler) {
        handler.teamConfigured(this);
    }
}
