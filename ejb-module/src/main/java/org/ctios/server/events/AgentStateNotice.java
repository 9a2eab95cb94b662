package org.ctios.server.events;

import java.time.Instant;
import java.util.Objects;
import org.ctios.protocol.types.AgentState;
import org.ctios.server.api.view.AgentView;

/**
 * An agent's state changed.
 *
 * <p>{@link #agent()} is the agent as of this change, so that what shows the change (an event stream's
 * {@code AgentState} event) shows a state and the buttons of that state, never those of a later one. It is taken when
 * the change becomes the live model's next version, in the commits' order: the agent as this change left it (state,
 * reason, since, devices, skill groups), with its calls and the buttons they enable as that version shows them. Not
 * earlier, in the transaction: the calls at the agent's phone are changed by other deliveries applied at the same time
 * (the connector delivers an agent's events and a call's in parallel), and only that version holds every change
 * committed before this one, as the streams order them. For the agent's last change in its transaction this is the
 * version's own view of the agent, already made; only an earlier change of the same agent in the same transaction
 * costs one view more.
 *
 * @param reconciled the change comes from the snapshot after a (re)connection, not from an event
 * @param agent      the agent as of this change (see above); {@code null} in the CDI event fired inside the
 *                   transaction, which comes before that version (read {@code AgentReads} after the commit, as for
 *                   every notice), and in a notice relayed by a server of an earlier build. The notices the live
 *                   model's listeners hear ({@link LiveUpdates}), and those relayed to the other servers of a
 *                   cluster, carry it.
 */
public record AgentStateNotice(String agentId, AgentState state, int reasonCode, Instant since, boolean reconciled,
                               AgentView agent) implements Notice {

    public AgentStateNotice {
        if (agent != null && !(agent.id().equals(agentId) && agent.state() == state
                && agent.reasonCode() == reasonCode && Objects.equals(agent.stateSince(), since))) {
            throw new IllegalArgumentException("the view " + agent + " is not agent " + agentId + " as of its change "
                    + "to " + state + " (reason " + reasonCode + ", since " + since + ")");
        }
    }

    /** This notice with the agent as of its change. */
    public AgentStateNotice withAgent(AgentView asOfTheChange) {
        return new AgentStateNotice(agentId, state, reasonCode, since, reconciled, asOfTheChange);
    }

    @Override
    public Concerns concerns() {
        return Concerns.agent(agentId);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.agentState(this);
    }
}
