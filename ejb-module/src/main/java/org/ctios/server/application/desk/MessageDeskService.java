package org.ctios.server.application.desk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.ctios.protocol.types.Distribution;
import org.ctios.server.api.InvalidMessageException;
import org.ctios.server.api.MessageDesk;
import org.ctios.server.api.MessageInput;
import org.ctios.server.api.UnknownAgentException;
import org.ctios.server.api.UnknownTeamException;
import org.ctios.server.api.view.AgentView;
import org.ctios.server.api.view.UserMessagePage;
import org.ctios.server.application.CtiGateway;
import org.ctios.server.application.live.LiveModel;
import org.ctios.server.application.live.LiveOrganisation.TeamInfo;
import org.ctios.server.application.live.LiveState;
import org.ctios.server.application.message.PendingMessages;
import org.ctios.server.application.message.UserMessageRecords;

/**
 * {@link MessageDesk} over the CTI gateway, the live model and the stored messages. A message goes out as the
 * protocol's distribution that reaches its audience: to one agent as DISTRIBUTE_TO_CLIENT naming the agent (this
 * server names its desktops' clients by their agents' ids), to a team as DISTRIBUTE_TO_TEAM and to a team's
 * supervisors as DISTRIBUTE_TO_SUPERVISOR, each naming an agent of the team (the sender when it is one of them, else
 * the team's supervisor, else a member), to everyone as DISTRIBUTE_TO_ALL.
 */
@ApplicationScoped
public class MessageDeskService implements MessageDesk {

    private CtiGateway control;
    private PendingMessages pending;
    private UserMessageRecords records;
    private LiveModel live;

    /** For the container's proxy. */
    protected MessageDeskService() {
    }

    @Inject
    public MessageDeskService(CtiGateway control, PendingMessages pending, UserMessageRecords records,
                              LiveModel live) {
        this.control = control;
        this.pending = pending;
        this.records = records;
        this.live = live;
    }

    @Override
    public void send(MessageInput message) {
        Addressed to = addressed(message, live.current());
        pending.send(message, to.distribution(),
                () -> control.sendUserMessage(to.distribution(), to.clientId(), to.agentId(), message.text()));
    }

    /** A message's audience as USER_MESSAGE_REQ names it: the distribution, the client and the agent. */
    private record Addressed(Distribution distribution, String clientId, String agentId) {
    }

    private static Addressed addressed(MessageInput message, LiveState state) {
        return switch (message.to()) {
            case AGENT -> {
                state.agent(message.agentId()).orElseThrow(() -> new UnknownAgentException(message.agentId()));
                yield new Addressed(Distribution.CLIENT, message.agentId(), message.senderAgentId());
            }
            case TEAM -> new Addressed(Distribution.TEAM, null,
                    agentOfTeam(state, message.teamId(), message.senderAgentId()));
            case SUPERVISORS -> new Addressed(Distribution.SUPERVISOR, null,
                    agentOfTeam(state, message.teamId(), message.senderAgentId()));
            case EVERYONE -> new Addressed(Distribution.ALL, null, message.senderAgentId());
        };
    }

    /** The agent whose team the switch is to find: the sender when it is a member, else the supervisor, else one. */
    private static String agentOfTeam(LiveState state, int teamId, String senderAgentId) {
        TeamInfo team = state.organisation().team(teamId)
                .orElseThrow(() -> new UnknownTeamException(String.valueOf(teamId)));
        if (senderAgentId != null && state.agent(senderAgentId).map(AgentView::teamId)
                .filter(Integer.valueOf(teamId)::equals).isPresent()) {
            return senderAgentId;
        }
        return Optional.ofNullable(team.supervisorId())
                .or(() -> state.members(teamId).stream().map(AgentView::id).findFirst())
                .orElseThrow(() -> new InvalidMessageException("team " + teamId + " has no agent for the CTI Server "
                        + "to find it by"));
    }

    @Override
    public UserMessagePage receivedByAgent(String agentId, Long beforeId, int limit) {
        LiveState state = live.current();
        AgentView agent = state.agent(agentId).orElseThrow(() -> new UnknownAgentException(agentId));
        // a team's supervisor at a desktop hears its agents' questions there too, as UserMessageEvents sends them
        boolean supervisesTeam = agent.teamId() != null && (agent.supervisor() || state.organisation()
                .team(agent.teamId()).map(team -> agentId.equals(team.supervisorId())).orElse(false));
        return records.receivedByAgent(agentId, agent.teamId(), supervisesTeam, beforeId, checkedLimit(limit));
    }

    @Override
    public UserMessagePage receivedBySupervisors(int teamId, Long beforeId, int limit) {
        if (live.current().organisation().team(teamId).isEmpty()) {
            throw new UnknownTeamException(String.valueOf(teamId));
        }
        return records.receivedBySupervisors(teamId, beforeId, checkedLimit(limit));
    }

    private static int checkedLimit(int limit) {
        if (limit < 1 || limit > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_PAGE_SIZE + ", is " + limit);
        }
        return limit;
    }
}
