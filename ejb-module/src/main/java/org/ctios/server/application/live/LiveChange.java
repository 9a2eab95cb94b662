package org.ctios.server.application.live;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.ctios.server.domain.agent.Agent;
import org.ctios.server.domain.call.Call;
import org.ctios.server.domain.history.CallRecord;
import org.ctios.server.events.AgentStateNotice;
import org.ctios.server.events.Notice;

/**
 * What one transaction applied, gathered while it runs: the agents and calls as it left them, the calls it moved to
 * the history, and the notices it announced. Once the transaction commits, {@link LiveModel#commit} makes it the next
 * version of the live read model, so that the model is fed from what was applied, never by reading the rows back,
 * and gives its agents' notices the agent as of their change from that version. Used by one thread (the
 * transaction's).
 */
public final class LiveChange {

    /** A change of nothing: what a rebuild tells the listeners. */
    public static final LiveChange NONE = new LiveChange(notice -> { });

    private final Map<String, LiveAgent> agents = new LinkedHashMap<>();
    private final Map<Long, LiveCall> calls = new LinkedHashMap<>();
    private final List<EndedCall> ended = new ArrayList<>();
    private final List<Notice> notices = new ArrayList<>();
    /** Where in {@link #notices} an agent's notice is, and the agent as its change left it. */
    private final Map<Integer, LiveAgent> agentsAsAnnounced = new LinkedHashMap<>();
    private final Consumer<Notice> announcer;
    private boolean resynchronised;
    private boolean relayed;
    private boolean organisationChanged;

    /**
     * @param announcer what fires each notice as it is announced (the CDI event that applications deployed beside
     *                  CTI OS observe after the commit)
     */
    public LiveChange(Consumer<Notice> announcer) {
        this.announcer = announcer;
    }

    /** A change made of these parts (for tests, and for {@link #relayed}). */
    public static LiveChange of(Collection<LiveAgent> agents, Collection<LiveCall> calls, Collection<EndedCall> ended,
                                List<Notice> notices, boolean resynchronised) {
        LiveChange change = new LiveChange(notice -> { });
        agents.forEach(agent -> change.agents.put(agent.agentId(), agent));
        calls.forEach(call -> change.calls.put(call.callId(), call));
        change.ended.addAll(ended);
        change.notices.addAll(notices);
        change.resynchronised = resynchronised;
        return change;
    }

    /** The agent as the transaction leaves it (a later call for the same agent replaces an earlier one). */
    public void agent(Agent agent) {
        agents.put(agent.agentId(), LiveAgent.of(agent));
    }

    /** The call as the transaction leaves it. */
    public void call(Call call) {
        calls.put(call.callId(), LiveCall.of(call));
    }

    /** The call went to the history. */
    public void ended(CallRecord record) {
        LiveCall pending = calls.get(record.callId());
        if (pending != null && pending.callKey().equals(record.callKey())) {
            calls.remove(record.callId());
        }
        ended.add(EndedCall.of(record));
    }

    /**
     * Fires the notice, and keeps it for the model's listeners, which hear it once the model shows the change. An
     * {@link AgentStateNotice} is announced after its agent ({@link #agent}): the listeners hear it with the agent as
     * that change left it, viewed in the version the transaction makes ({@link #viewAgentsIn}).
     */
    public void announce(Notice notice) {
        announcer.accept(notice);
        if (notice instanceof AgentStateNotice agentState && agentState.agent() == null) {
            LiveAgent asLeft = agents.get(agentState.agentId());
            if (asLeft != null) {
                agentsAsAnnounced.put(notices.size(), asLeft);
            }
        }
        notices.add(notice);
    }

    /**
     * Gives each agent's notice of this change the agent as of that change, from {@code version}, the model's version
     * this change made: what the model's listeners then hear. Called once, by {@link LiveModel#commit}, before they
     * hear it; the CDI events fired in the transaction have been fired without it.
     */
    void viewAgentsIn(LiveState version) {
        agentsAsAnnounced.forEach((index, agent) -> notices.set(index,
                ((AgentStateNotice) notices.get(index)).withAgent(version.agentAsOf(agent))));
        agentsAsAnnounced.clear();
    }

    /**
     * The agent at a device as the transaction sees it: the committed model's agents there, overlaid with the agents
     * this transaction changed; chosen by instrument, else extension, the lowest id.
     */
    public Optional<String> agentAt(String device, LiveState committed) {
        Set<String> candidates = new HashSet<>(committed.agentIdsAt(device));
        for (LiveAgent agent : agents.values()) {
            if (agent.isAt(device)) {
                candidates.add(agent.agentId());
            }
        }
        return LiveState.chooseAgentAt(device, candidates, id -> {
            LiveAgent pending = agents.get(id);
            return pending != null ? pending : committed.liveAgent(id);
        }).map(LiveAgent::agentId);
    }

    /** The transaction closes a resynchronisation with the CTI Server: the model is read again afterwards. */
    public void resynchronised() {
        resynchronised = true;
    }

    /**
     * The transaction changed the organisation (a team's members or supervisor, as the CTI Server configured them):
     * the model is read again afterwards and every event stream restarts from a snapshot.
     */
    public void organisationChanged() {
        organisationChanged = true;
    }

    public boolean isOrganisationChange() {
        return organisationChanged;
    }

    // Views, not copies: a change is read (by the model and its listeners) only once its transaction has ended.

    public Collection<LiveAgent> agents() {
        return Collections.unmodifiableCollection(agents.values());
    }

    public Collection<LiveCall> calls() {
        return Collections.unmodifiableCollection(calls.values());
    }

    public List<EndedCall> endedCalls() {
        return Collections.unmodifiableList(ended);
    }

    public List<Notice> notices() {
        return Collections.unmodifiableList(notices);
    }

    public boolean isResynchronisation() {
        return resynchronised;
    }

    /** Another server's change, relayed through the cluster: read, not applied here. */
    public static LiveChange relayed(Collection<LiveAgent> agents, Collection<LiveCall> calls,
                                     Collection<EndedCall> ended, List<Notice> notices, boolean resynchronised) {
        LiveChange change = of(agents, calls, ended, notices, resynchronised);
        change.relayed = true;
        return change;
    }

    public boolean isRelayed() {
        return relayed;
    }

    public boolean isEmpty() {
        return agents.isEmpty() && calls.isEmpty() && ended.isEmpty() && notices.isEmpty() && !resynchronised
                && !organisationChanged;
    }
}
