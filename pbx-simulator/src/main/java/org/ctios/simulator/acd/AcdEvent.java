package org.ctios.simulator.acd;

import java.time.Instant;
import java.util.List;

/**
 * Something that happened in the simulated switch, in the order it happened. The CTI Server turns each into the
 * protocol's events; every event carries views taken at that moment, so it can be encoded on any thread.
 */
public sealed interface AcdEvent {

    Instant at();

    /** The agents this event concerns: agent-mode CTI clients receive only the events of their own agent. */
    List<String> agentIds();

    /** An agent's state changed. */
    record AgentStateChanged(Instant at, AgentView agent) implements AcdEvent {
        @Override
        public List<String> agentIds() {
            return List.of(agent.agentId());
        }
    }

    /** A call entered the switch (customer call, agent dial-out or consultation). */
    record CallBegun(Instant at, CallView call) implements CallEvent {
    }

    /** A call waits in a skill group's queue. */
    record CallQueued(Instant at, CallView call, int queueLength) implements CallEvent {
    }

    /** A call rings at a device. */
    record CallDelivered(Instant at, CallView call, ConnectionView alerting, String callingDevice)
            implements CallEvent {
    }

    /** A device started a call (dial-out or consultation). */
    record CallOriginated(Instant at, CallView call, ConnectionView originating, String calledDevice)
            implements CallEvent {
    }

    /** A device answered. */
    record CallEstablished(Instant at, CallView call, ConnectionView answering, String callingDevice)
            implements CallEvent {
    }

    /**
     * The call left a device where it rang for another (a deflection, as a call forward does): {@code diverting}
     * is the connection it left, {@code calledDevice} where it rings next, a device of kind {@code calledKind}.
     */
    record CallDiverted(Instant at, CallView call, ConnectionView diverting, String calledDevice,
                        DeviceKind calledKind) implements CallEvent {
    }

    /** A device put the call on hold. */
    record CallHeld(Instant at, CallView call, ConnectionView holding) implements CallEvent {
    }

    /** A device took the call off hold. */
    record CallRetrieved(Instant at, CallView call, ConnectionView retrieving) implements CallEvent {
    }

    /** A device left the call; the others may still be on it. */
    record ConnectionCleared(Instant at, CallView call, ConnectionView released, ClearCause cause)
            implements CallEvent {
    }

    /** The call is over for every device. */
    record CallCleared(Instant at, CallView call, ClearCause cause) implements CallEvent {
    }

    /** The switch forgets the call: the last event of every call. */
    record CallEnded(Instant at, CallView call) implements CallEvent {
    }

    /** The call's data (variables, ECC, wrap-up data) changed. */
    record CallDataUpdated(Instant at, CallView call) implements CallEvent {
    }

    /**
     * A transfer completed: {@code call} (the primary call) now joins the transferred party and the others;
     * the secondary (consultation) call ends.
     */
    record CallTransferred(Instant at, CallView call, long secondaryCallId, String transferringDevice,
                           String transferredDevice) implements CallEvent {
    }

    /** A conference formed on {@code call} (the primary call); the secondary call, if any, ends. */
    record CallConferenced(Instant at, CallView call, long secondaryCallId, String controllerDevice,
                           String addedPartyDevice, ClearCause cause) implements CallEvent {
    }

    /** An agent asked for a supervisor's help, or declared an emergency. */
    record HelpRequested(Instant at, Help help) implements AcdEvent {
        @Override
        public List<String> agentIds() {
            return help.supervisorId() == null ? List.of(help.agentId())
                    : List.of(help.agentId(), help.supervisorId());
        }
    }

    /**
     * An agent team's configuration changed: {@code members} joined or left it ({@code change}); {@code team} is the
     * team as it is now. Its supervisor's session hears it (AGENT_TEAM_CONFIG_EVENT).
     */
    record TeamConfigChanged(Instant at, TeamView team, TeamView.Change change, List<TeamView.Member> members)
            implements AcdEvent {
        public TeamConfigChanged {
            members = List.copyOf(members);
        }

        @Override
        public List<String> agentIds() {
            return team.supervisorId() == null ? List.of() : List.of(team.supervisorId());
        }
    }

    /** The agent peripheral went offline or came back. */
    record PeripheralStatusChanged(Instant at, boolean online) implements AcdEvent {
        @Override
        public List<String> agentIds() {
            return List.of();
        }
    }

    /** A CTI client sent a text; the sessions serving its recipients receive it (USER_MESSAGE_EVENT). */
    record UserMessageSent(Instant at, UserMessageView message) implements AcdEvent {
        @Override
        public List<String> agentIds() {
            return message.agentIds();
        }
    }

    /** An event about one call. */
    sealed interface CallEvent extends AcdEvent permits CallBegun, CallQueued, CallDelivered, CallOriginated,
            CallEstablished, CallDiverted, CallHeld, CallRetrieved, ConnectionCleared, CallCleared, CallEnded,
            CallDataUpdated, CallTransferred, CallConferenced {

        CallView call();

        /** Every agent that has been on the call, including those who just left it. */
        @Override
        default List<String> agentIds() {
            return call().involvedAgentIds();
        }
    }
}
