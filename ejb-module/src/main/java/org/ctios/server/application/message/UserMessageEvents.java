package org.ctios.server.application.message;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.ctios.connector.api.event.UserMessageReceived;
import org.ctios.protocol.types.Distribution;
import org.ctios.server.api.MessageInput;
import org.ctios.server.api.view.AgentView;
import org.ctios.server.api.view.UserMessageView;
import org.ctios.server.application.live.LiveChange;
import org.ctios.server.application.live.LiveModel;
import org.ctios.server.application.live.LiveState;
import org.ctios.server.domain.message.Audience;
import org.ctios.server.domain.message.UserMessage;
import org.ctios.server.domain.message.UserMessageStore;
import org.ctios.server.events.UserMessageNotice;

/**
 * Applies USER_MESSAGE_EVENT in the delivery's transaction: finds whom the message was for (a message this server
 * sent is waiting in {@link PendingMessages}; one from another CTI client for everyone is for everyone), stores it
 * with the delivery's other changes, and announces it to its recipients' event streams once the delivery commits.
 * No database read: the recipients come from memory and the live model, the row is one insert.
 */
@ApplicationScoped
public class UserMessageEvents {

    private static final Logger LOG = Logger.getLogger(UserMessageEvents.class.getName());

    private UserMessageStore store;
    private PendingMessages pending;
    private LiveModel live;

    /** For the container's proxy. */
    protected UserMessageEvents() {
    }

    @Inject
    public UserMessageEvents(UserMessageStore store, PendingMessages pending, LiveModel live) {
        this.store = store;
        this.pending = pending;
        this.live = live;
    }

    public void apply(UserMessageReceived event, LiveChange change) {
        Optional<PendingMessages.Pending> sentHere = event.distribution() == null ? Optional.empty()
                : pending.take(event.distribution(), event.text());
        UserMessage message;
        if (sentHere.isPresent()) {
            MessageInput sent = sentHere.get().message();
            message = new UserMessage(event.origin().receivedAt(), sent.sender(), sent.senderAgentId(),
                    Audience.valueOf(sent.to().name()), sent.agentId(), sent.teamId(), sent.text());
        } else if (event.distribution() == Distribution.ALL) {
            message = new UserMessage(event.origin().receivedAt(), event.senderClientId(), null, Audience.EVERYONE,
                    null, null, event.text());
        } else {
            // Another client's message to a client, a team or supervisors: the event does not say whose.
            LOG.fine(() -> "user message from " + event.senderClientId() + " (" + event.distribution()
                    + ") not delivered: the CTI Server does not say to whom it was");
            return;
        }
        store.add(message);
        change.announce(noticeOf(message, live.current()));
    }

    private static UserMessageNotice noticeOf(UserMessage message, LiveState state) {
        UserMessageView view = UserMessageRecords.view(message);
        return switch (message.audience()) {
            case AGENT -> new UserMessageNotice(view, List.of(message.agentId()), List.of(), false);
            case TEAM -> new UserMessageNotice(view, memberIds(state, message.teamId()), List.of(), false);
            case SUPERVISORS -> new UserMessageNotice(view, supervisorIds(state, message.teamId()),
                    List.of(message.teamId()), false);
            case EVERYONE -> new UserMessageNotice(view, List.of(), List.of(), true);
        };
    }

    private static List<String> memberIds(LiveState state, int teamId) {
        List<String> ids = new ArrayList<>();
        for (AgentView member : state.members(teamId)) {
            ids.add(member.id());
        }
        return ids;
    }

    /** The team's supervisors who are agents, so that a supervisor working at a desktop sees it there too. */
    private static List<String> supervisorIds(LiveState state, int teamId) {
        Set<String> ids = new LinkedHashSet<>();
        state.organisation().team(teamId).map(team -> team.supervisorId()).ifPresent(ids::add);
        for (AgentView member : state.members(teamId)) {
            if (member.supervisor()) {
                ids.add(member.id());
            }
        }
        return List.copyOf(ids);
    }
}
