package org.ctios.server.application.wrapup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.ctios.server.api.UnknownAgentException;
import org.ctios.server.api.UnknownCallRecordException;
import org.ctios.server.api.WrapUpRefusedException;
import org.ctios.server.api.WrapUps;
import org.ctios.server.api.view.AgentView;
import org.ctios.server.api.view.CallRecordView;
import org.ctios.server.api.view.CallView;
import org.ctios.server.api.view.WrapUpReason;
import org.ctios.server.application.AgentQueries;
import org.ctios.server.application.CallQueries;
import org.ctios.server.application.Views;
import org.ctios.server.application.share.RequestShare;
import org.ctios.server.domain.history.CallHistory;
import org.ctios.server.domain.history.CallRecord;

/**
 * {@link WrapUps} over the call history (the record is in the database: the call has ended) and the live model (the
 * agent's team, and whether it is on a newer call). A request's database work, within the requests' share.
 */
@ApplicationScoped
@RequestShare
@Transactional
public class WrapUpService implements WrapUps {

    /** The most wrap-up data the CTI Server carries (its field is 40 bytes with the terminating NUL). */
    static final int MAX_DATA_LENGTH = 39;

    private CallHistory history;
    private AgentQueries agents;
    private CallQueries calls;
    private WrapUpSettings settings;
    private Clock clock;

    /** For the container's proxy. */
    protected WrapUpService() {
    }

    @Inject
    public WrapUpService(CallHistory history, AgentQueries agents, CallQueries calls, WrapUpSettings settings) {
        this(history, agents, calls, settings, Clock.systemUTC());
    }

    public WrapUpService(CallHistory history, AgentQueries agents, CallQueries calls, WrapUpSettings settings,
                         Clock clock) {
        this.history = history;
        this.agents = agents;
        this.calls = calls;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public List<WrapUpReason> reasonsFor(String agentId) {
        return settings.catalogue().forTeam(agent(agentId).teamId());
    }

    @Override
    public List<WrapUpReason> reasonsOfTeam(Integer teamId) {
        return settings.catalogue().forTeam(teamId);
    }

    @Override
    public CallRecordView wrapUp(String callKey, String agentId, String reason, String data) {
        AgentView agent = agent(agentId);
        if (reason == null || reason.isEmpty()) {
            throw new IllegalArgumentException("wrapupReason is required");
        }
        if (settings.catalogue().find(agent.teamId(), reason).isEmpty()) {
            throw new IllegalArgumentException("wrapupReason '" + reason + "' is not one of agent " + agentId
                    + "'s wrap-up reasons: " + settings.catalogue().forTeam(agent.teamId()).stream()
                    .map(WrapUpReason::code).collect(Collectors.joining(", ")));
        }
        if (data != null && data.length() > MAX_DATA_LENGTH) {
            throw new IllegalArgumentException("wrapupData is at most " + MAX_DATA_LENGTH + " characters");
        }
        CallRecord record = history.find(callKey).orElseThrow(() -> new UnknownCallRecordException(callKey));
        Instant now = clock.instant();
        requireOpen(record, agent, now);
        history.wrapUp(callKey, new CallHistory.WrapUp(reason, data, agentId, now));
        CallRecord stored = history.find(callKey).orElseThrow(() -> new UnknownCallRecordException(callKey));
        return Views.record(stored, history.timeline(callKey));
    }

    /**
     * The call's wrap-up lasts from its end until the agent's next call (one ended since, or one in progress begun
     * after it ended), and at most the configured window.
     */
    private void requireOpen(CallRecord record, AgentView agent, Instant now) {
        String agentId = agent.id();
        if (!record.agentIds().contains(agentId)) {
            throw new WrapUpRefusedException("agent " + agentId + " did not handle call " + record.callKey());
        }
        Duration window = settings.window();
        if (now.isAfter(record.endedAt().plus(window))) {
            throw new WrapUpRefusedException("the wrap-up of call " + record.callKey() + " is over: it ended more "
                    + "than " + window + " ago (ctios.wrapup.window)");
        }
        boolean onNewerCall = calls.byIds(agent.callIds()).values().stream().map(CallView::begunAt)
                .anyMatch(begunAt -> begunAt != null && begunAt.isAfter(record.endedAt()));
        if (onNewerCall || history.endedLaterFor(agentId, record.endedAt())) {
            throw new WrapUpRefusedException("the wrap-up of call " + record.callKey() + " is over: agent " + agentId
                    + " has had a call since");
        }
    }

    private AgentView agent(String agentId) {
        if (agentId == null || agentId.isEmpty()) {
            throw new IllegalArgumentException("agentId is required");
        }
        return agents.byId(agentId).orElseThrow(() -> new UnknownAgentException(agentId));
    }
}
