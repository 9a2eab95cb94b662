package org.ctios.server.application.message;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.ctios.server.api.view.MessageAudience;
import org.ctios.server.api.view.UserMessagePage;
import org.ctios.server.api.view.UserMessageView;
import org.ctios.server.application.share.RequestShare;
import org.ctios.server.domain.message.UserMessage;
import org.ctios.server.domain.message.UserMessageStore;

/**
 * The stored messages, read a page at a time (one more row than the page, to know whether another follows) within
 * the retention period, and forgotten after it. Reads run in the requests' bounded share of the pool, like the
 * history's.
 */
@ApplicationScoped
@RequestShare
public class UserMessageRecords {

    private UserMessageStore store;
    private MessageRetentionSettings retention;
    private Clock clock;

    /** For the container's proxy. */
    protected UserMessageRecords() {
    }

    @Inject
    public UserMessageRecords(UserMessageStore store, MessageRetentionSettings retention) {
        this(store, retention, Clock.systemUTC());
    }

    public UserMessageRecords(UserMessageStore store, MessageRetentionSettings retention, Clock clock) {
        this.store = store;
        this.retention = retention;
        this.clock = clock;
    }

    /** @param supervisesTeam the agent is a supervisor of its team, so its supervisors' messages are its too */
    @Transactional
    public UserMessagePage receivedByAgent(String agentId, Integer teamId, boolean supervisesTeam, Long beforeId,
                                           int limit) {
        return page(store.receivedByAgent(agentId, teamId, supervisesTeam, oldestKept(), beforeId, limit + 1),
                limit);
    }

    @Transactional
    public UserMessagePage receivedBySupervisors(int teamId, Long beforeId, int limit) {
        return page(store.receivedBySupervisors(teamId, oldestKept(), beforeId, limit + 1), limit);
    }

    /** @return how many messages older than the retention period were deleted */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int forgetOld() {
        return store.deleteSentBefore(oldestKept());
    }

    private Instant oldestKept() {
        return retention.oldestKept(clock.instant());
    }

    private static UserMessagePage page(List<UserMessage> rows, int limit) {
        List<UserMessageView> views = rows.stream().limit(limit).map(UserMessageRecords::view).toList();
        Long next = rows.size() > limit ? views.get(views.size() - 1).id() : null;
        return new UserMessagePage(views, next);
    }

    static UserMessageView view(UserMessage message) {
        return new UserMessageView(message.id(), message.sentAt(), message.sender(), message.senderAgentId(),
                MessageAudience.valueOf(message.audience().name()), message.agentId(), message.teamId(),
                message.text());
    }
}
