package org.ctios.server.domain.agent;

import java.util.List;
import java.util.Objects;
import org.ctios.server.domain.stream.Occurrence;

/**
 * What the CTI Server reported of an agent, in the domain's words: the inputs {@link Agent#apply} takes. A kind
 * added here must be added to {@link Handler}, so that nothing applies changes without handling it.
 */
public sealed interface AgentChange {

    Occurrence occurrence();

    /** Hands this change to the method of {@code handler} for its kind. */
    void handTo(Handler handler);

    /** One method per kind of change: what applying it does. */
    interface Handler {

        void stateChanged(StateChanged change);

        void resynchronised(Resynchronised change);
    }

    /**
     * The agent's state changed.
     *
     * @param extension   the extension the agent is logged in on, or {@code null} (or empty) when not reported
     * @param instrument  the instrument the agent is logged in on, or {@code null} (or empty) when not reported
     * @param reasonCode  the not-ready or logout reason code, 0 when none
     * @param skillGroups the agent's state per skill group as far as reported; empty when not reported
     * @param nextState   the state the agent asked for during a call, which the switch takes when the call ends
     *                    (NextAgentState), {@code null} when none is pending; while one is, {@code reasonCode} is
     *                    that state's reason
     */
    record StateChanged(Occurrence occurrence, String extension, String instrument, AgentState state,
                        int reasonCode, List<AgentSkillGroup> skillGroups, AgentState nextState)
            implements AgentChange {

        public StateChanged {
            Objects.requireNonNull(occurrence, "occurrence");
            Objects.requireNonNull(state, "state");
            skillGroups = List.copyOf(skillGroups);
        }

        /** A change with no state pending. */
        public StateChanged(Occurrence occurrence, String extension, String instrument, AgentState state,
                            int reasonCode, List<AgentSkillGroup> skillGroups) {
            this(occurrence, extension, instrument, state, reasonCode, skillGroups, null);
        }

        @Override
        public void handTo(Handler handler) {
            handler.stateChanged(this);
        }
    }

    /**
     * The agent as the CTI Server reported it when the link was resynchronised after (re)connecting: without a
     * reason code, which the report does not carry.
     */
    record Resynchronised(Occurrence occurrence, String extension, String instrument, AgentState state,
                          List<AgentSkillGroup> skillGroups) implements AgentChange {

        public Resynchronised {
            Objects.requireNonNull(occurrence, "occurrence");
            Objects.requireNonNull(state, "state");
            skillGroups = List.copyOf(skillGroups);
        }

        @Override
        public void handTo(Handler handler) {
            handler.resynchronised(this);
        }
    }
}
