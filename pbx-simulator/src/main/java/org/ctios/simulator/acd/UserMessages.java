package org.ctios.simulator.acd;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ctios.simulator.scenario.TeamProfile;

/**
 * Distributes the texts CTI clients send one another (USER_MESSAGE_REQ): works out who receives a text, plainly,
 * from the scenario's teams. The switch keeps no messages; it only says to whom each one goes.
 */
final class UserMessages {

    private final SwitchState state;

    UserMessages(SwitchState state) {
        this.state = state;
    }

    /**
     * Sends {@code text} from the client {@code senderClientId} to the recipients {@code to} names, as an event
     * for every session that serves one of them.
     */
    Outcome<UserMessageView> send(String senderClientId, MessageRecipients to, String text) {
        Outcome<UserMessageView> recipients = switch (to.distribution()) {
            case CLIENT -> toClient(to.clientId(), text, senderClientId);
            case SUPERVISOR -> toSupervisors(to.agent(), text, senderClientId);
            case TEAM -> toTeam(to.agent(), text, senderClientId);
            case ALL -> Outcome.success(new UserMessageView(senderClientId, to.distribution(), text, List.of(),
                    true));
        };
        if (recipients instanceof Outcome.Success<UserMessageView> sent) {
            state.emit(new AcdEvent.UserMessageSent(state.now(), sent.value()));
        }
        return recipients;
    }

    /** A client is named by the agent id its desktop signed in with. */
    private Outcome<UserMessageView> toClient(String clientId, String text, String sender) {
        if (clientId == null || state.agentById(clientId).isEmpty()) {
            return Outcome.failure(AcdFailure.UNKNOWN_CLIENT, "no client " + clientId);
        }
        return Outcome.success(new UserMessageView(sender, MessageRecipients.Distribution.CLIENT, text,
                List.of(clientId), false));
    }

    private Outcome<UserMessageView> toSupervisors(MessageRecipients.AgentName agent, String text, String sender) {
        Optional<TeamProfile> team = teamOf(agent);
        if (team.isEmpty() || team.get().supervisorId() == null) {
            return Outcome.failure(AcdFailure.NO_SUPERVISOR, "no supervisor for agent " + agent);
        }
        return Outcome.success(new UserMessageView(sender, MessageRecipients.Distribution.SUPERVISOR, text,
                List.of(team.get().supervisorId()), false));
    }

    /** Every member of the named agent's team, its supervisor included. */
    private Outcome<UserMessageView> toTeam(MessageRecipients.AgentName agent, String text, String sender) {
        Optional<TeamProfile> team = teamOf(agent);
        if (team.isEmpty()) {
            return Outcome.failure(AcdFailure.NO_TEAM, "no team for agent " + agent);
        }
        Set<String> members = new LinkedHashSet<>();
        for (Agent member : state.agents()) {
            Integer memberTeam = member.teamId();
            if (memberTeam != null && memberTeam == team.get().id()) {
                members.add(member.id());
            }
        }
        if (team.get().supervisorId() != null) {
            members.add(team.get().supervisorId());
        }
        return Outcome.success(new UserMessageView(sender, MessageRecipients.Distribution.TEAM, text,
                List.copyOf(members), false));
    }

    private Optional<TeamProfile> teamOf(MessageRecipients.AgentName name) {
        if (name == null) {
            return Optional.empty();
        }
        return state.findAgent(name.agentId(), name.extension(), name.instrument())
                .map(Agent::teamId)
                .flatMap(teamId -> state.scenario().teams().stream().filter(t -> t.id() == teamId).findFirst());
    }
}
