package org.ctios.server.application.live;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.ctios.server.events.LiveSnapshot;
import org.ctios.server.api.view.AgentView;
import org.ctios.server.api.view.CallView;
import org.ctios.server.api.view.SkillGroupView;
import org.ctios.server.domain.agent.AgentState;
import org.pcollections.HashTreePMap;
import org.pcollections.HashTreePSet;
import org.pcollections.PMap;
import org.pcollections.PSet;
import org.pcollections.TreePMap;
import org.pcollections.TreePSet;

/**
 * One version of the live read model: every agent and call in progress with the views the interfaces show (enabled
 * buttons included), the indexes that find an agent's calls and a device's agent, and each skill group's tally.
 * Immutable: a reader holds one version for as long as it reads, and sees all of a committed transaction or none of
 * it. The next version is made from this one and one transaction's {@link LiveChange}; it shares everything the
 * change did not touch (persistent maps), so making it costs in proportion to the change, not to the contact centre.
 */
public final class LiveState implements LiveSnapshot {

    /** The order of calls in lists: oldest first. */
    static final Comparator<LiveCall> OLDEST_FIRST = Comparator.comparing(LiveCall::begunAt,
            Comparator.nullsFirst(Comparator.naturalOrder())).thenComparingLong(LiveCall::callId);

    private final long version;
    private final LiveOrganisation organisation;
    private final TreePMap<String, LiveAgent> agents;
    private final PMap<Long, LiveCall> calls;
    private final TreePMap<String, AgentView> agentViews;
    private final PMap<Long, CallView> callViews;
    /** Device to the agents whose instrument or extension it is. */
    private final PMap<String, PSet<String>> agentsByDevice;
    /** Device to the calls it is a party of. */
    private final PMap<String, PSet<Long>> callsByDevice;
    private final PMap<Integer, TreePSet<String>> teamMembers;
    private final PMap<Long, GroupTally> groups;

    private LiveState(long version, LiveOrganisation organisation, TreePMap<String, LiveAgent> agents,
                      PMap<Long, LiveCall> calls, TreePMap<String, AgentView> agentViews,
                      PMap<Long, CallView> callViews, PMap<String, PSet<String>> agentsByDevice,
                      PMap<String, PSet<Long>> callsByDevice, PMap<Integer, TreePSet<String>> teamMembers,
                      PMap<Long, GroupTally> groups) {
        this.version = version;
        this.organisation = organisation;
        this.agents = agents;
        this.calls = calls;
        this.agentViews = agentViews;
        this.callViews = callViews;
        this.agentsByDevice = agentsByDevice;
        this.callsByDevice = callsByDevice;
        this.teamMembers = teamMembers;
        this.groups = groups;
    }

    /** A model with nothing in it. */
    static LiveState empty() {
        return new LiveState(0, LiveOrganisation.NONE, TreePMap.empty(), HashTreePMap.empty(), TreePMap.empty(),
                HashTreePMap.empty(), HashTreePMap.empty(), HashTreePMap.empty(), HashTreePMap.empty(),
                HashTreePMap.empty());
    }

    /** The model of what the source read, as version {@code version}. */
    static LiveState of(long version, LiveSource.Contents contents) {
        Transition building = new Transition(empty());
        building.organisation = contents.organisation();
        contents.agents().forEach(building::putAgent);
        contents.calls().forEach(building::putCall);
        contents.handledToday().forEach(building::setDay);
        return building.finish(version);
    }

    /** The next version: this one with what one committed transaction applied. */
    LiveState after(LiveChange change, ZoneId zone) {
        Transition next = new Transition(this);
        change.endedCalls().forEach(ended -> next.end(ended, zone));
        change.calls().forEach(next::putCall);
        change.agents().forEach(next::putAgent);
        return next.finish(version + 1);
    }

    /** Whether both show the same agents and calls in progress, as clients see them (views and buttons). */
    boolean showsTheSame(LiveState other) {
        return agentViews.equals(other.agentViews) && callViews.equals(other.callViews);
    }

    /** How {@code read} differs from this version, for the log: how many agents and calls, and the first of each. */
    String differences(LiveState read) {
        return differences("agent", agentViews, read.agentViews) + "; " + differences("call", callViews,
                read.callViews);
    }

    private static <K, V> String differences(String kind, Map<K, V> held, Map<K, V> read) {
        Set<K> keys = new HashSet<>(held.keySet());
        keys.addAll(read.keySet());
        int count = 0;
        String first = null;
        for (K key : keys) {
            V mine = held.get(key);
            V theirs = read.get(key);
            if (mine == null ? theirs != null : !mine.equals(theirs)) {
                count++;
                if (first == null) {
                    first = kind + " " + key + " held as " + mine + ", read as " + theirs;
                }
            }
        }
        return count == 0 ? "no " + kind + " differs" : count + " " + kind + "(s) differ, e.g. " + first;
    }

    /** Grows by one with each committed change and each rebuild. */
    public long version() {
        return version;
    }

    public LiveOrganisation organisation() {
        return organisation;
    }

    public Optional<AgentView> agent(String agentId) {
        return Optional.ofNullable(agentViews.get(agentId));
    }

    /** Every agent, by id. */
    public List<AgentView> agents() {
        return List.copyOf(agentViews.values());
    }

    /** The agents named (those that exist), by id. */
    public Map<String, AgentView> agents(Iterable<String> agentIds) {
        return those(agentViews, agentIds);
    }

    public Optional<CallView> call(long callId) {
        return Optional.ofNullable(callViews.get(callId));
    }

    /** Every call in progress, oldest first. */
    public List<CallView> calls() {
        List<CallView> all = new ArrayList<>(callViews.values());
        all.sort(CallView.OLDEST_FIRST);
        return all;
    }

    /** The calls named (those in progress), by id. */
    public Map<Long, CallView> calls(Iterable<Long> callIds) {
        return those(callViews, callIds);
    }

    private static <K, V> Map<K, V> those(Map<K, V> views, Iterable<K> keys) {
        Map<K, V> found = new HashMap<>();
        for (K key : keys) {
            V view = views.get(key);
            if (view != null) {
                found.put(key, view);
            }
        }
        return found;
    }

    /** The calls in progress at the agent's devices, oldest first; none for an unknown agent. */
    public List<CallView> callsOf(String agentId) {
        LiveAgent agent = agents.get(agentId);
        if (agent == null) {
            return List.of();
        }
        List<CallView> views = new ArrayList<>();
        for (LiveCall call : callsAt(agent)) {
            views.add(callViews.get(call.callId()));
        }
        return views;
    }

    /**
     * The view of the agent as {@code reported} (a report this version may have gone past, by a later change of the
     * same transaction), with its calls and buttons as this version shows them: this version's own view when it
     * holds that very report, else one made for it.
     */
    AgentView agentAsOf(LiveAgent reported) {
        LiveAgent held = agents.get(reported.agentId());
        if (held == reported || reported.equals(held)) {
            return agentViews.get(reported.agentId());
        }
        return LiveViews.agent(reported, callsAt(reported));
    }

    /** The agent at a device: the one whose instrument it is, else whose extension, the lowest id when several. */
    public Optional<String> agentAt(String device) {
        return Optional.ofNullable(agentAt(device, agents, agentsByDevice)).map(LiveAgent::agentId);
    }

    /** The team's members, by id; none for an unknown team. */
    public List<AgentView> members(int teamId) {
        TreePSet<String> members = teamMembers.get(teamId);
        if (members == null) {
            return List.of();
        }
        List<AgentView> views = new ArrayList<>(members.size());
        members.forEach(agentId -> views.add(agentViews.get(agentId)));
        return views;
    }

    /** A configured skill group's figures at {@code now}; the day's counts are those of {@code now}'s day. */
    public Optional<SkillGroupView> skillGroup(long number, Instant now, ZoneId zone) {
        return organisation.skillGroup(number).map(group -> figures(group, now, zone));
    }

    /** Every configured skill group's figures, by number. */
    public List<SkillGroupView> skillGroups(Instant now, ZoneId zone) {
        return organisation.skillGroups().values().stream().map(group -> figures(group, now, zone)).toList();
    }

    private SkillGroupView figures(LiveOrganisation.SkillGroupInfo group, Instant now, ZoneId zone) {
        GroupTally tally = groups.getOrDefault(group.number(), GroupTally.EMPTY);
        Instant oldestQueued = null;
        for (Long callId : tally.queuedCalls()) {
            Instant queuedAt = calls.get(callId).queuedAt();
            if (queuedAt != null && (oldestQueued == null || queuedAt.isBefore(oldestQueued))) {
                oldestQueued = queuedAt;
            }
        }
        Duration longestQueued = oldestQueued == null ? Duration.ZERO : Duration.between(oldestQueued, now);
        LocalDate today = now.atZone(zone).toLocalDate();
        DayTally day = tally.day() == null ? DayTally.empty(today) : tally.day().on(today);
        int members = tally.members();
        return new SkillGroupView(group.number(), group.skillGroupId(), group.name(), members,
                members - tally.inState(AgentState.LOGOUT), tally.inState(AgentState.AVAILABLE),
                tally.inState(AgentState.NOT_READY),
                tally.inState(AgentState.TALKING) + tally.inState(AgentState.HOLD),
                tally.inState(AgentState.WORK_READY) + tally.inState(AgentState.WORK_NOT_READY),
                tally.queuedCalls().size(), longestQueued.isNegative() ? Duration.ZERO : longestQueued,
                day.handled(), day.abandoned(), day.averageHandleTime());
    }

    /** The calls at the agent's devices, each once, oldest first. */
    private List<LiveCall> callsAt(LiveAgent agent) {
        return callsAt(agent, calls, callsByDevice);
    }

    private static List<LiveCall> callsAt(LiveAgent agent, PMap<Long, LiveCall> calls,
                                          PMap<String, PSet<Long>> callsByDevice) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String device : agent.devices()) {
            ids.addAll(callsByDevice.getOrDefault(device, HashTreePSet.empty()));
        }
        List<LiveCall> found = new ArrayList<>(ids.size());
        ids.forEach(id -> found.add(calls.get(id)));
        found.sort(OLDEST_FIRST);
        return found;
    }

    private static LiveAgent agentAt(String device, PMap<String, LiveAgent> agents,
                                     PMap<String, PSet<String>> agentsByDevice) {
        PSet<String> candidates = agentsByDevice.get(device);
        return candidates == null ? null : chooseAgentAt(device, candidates, agents::get).orElse(null);
    }

    /** Of these agents, the one at the device: whose instrument it is, else whose extension, the lowest id. */
    static Optional<LiveAgent> chooseAgentAt(String device, Iterable<String> candidates,
                                             Function<String, LiveAgent> agents) {
        LiveAgent byInstrument = null;
        LiveAgent byExtension = null;
        for (String agentId : candidates) {
            LiveAgent agent = agents.apply(agentId);
            if (agent == null) {
                continue;
            }
            if (device.equals(agent.instrument())
                    && (byInstrument == null || agentId.compareTo(byInstrument.agentId()) < 0)) {
                byInstrument = agent;
            }
            if (device.equals(agent.extension())
                    && (byExtension == null || agentId.compareTo(byExtension.agentId()) < 0)) {
                byExtension = agent;
            }
        }
        return Optional.ofNullable(byInstrument != null ? byInstrument : byExtension);
    }

    /** The ids of the agents whose instrument or extension the device is. */
    Set<String> agentIdsAt(String device) {
        return agentsByDevice.getOrDefault(device, HashTreePSet.empty());
    }

    LiveAgent liveAgent(String agentId) {
        return agents.get(agentId);
    }

    /**
     * Makes the next version: the changes to agents and calls first, noting which agents and calls they touch, then
     * the views of exactly those (an agent's view depends on the calls at its devices; a call's view on its agents'
     * buttons, which depend on their other calls too).
     */
    private static final class Transition {

        private LiveOrganisation organisation;
        private TreePMap<String, LiveAgent> agents;
        private PMap<Long, LiveCall> calls;
        private TreePMap<String, AgentView> agentViews;
        private PMap<Long, CallView> callViews;
        private PMap<String, PSet<String>> agentsByDevice;
        private PMap<String, PSet<Long>> callsByDevice;
        private PMap<Integer, TreePSet<String>> teamMembers;
        private PMap<Long, GroupTally> groups;
        private final Set<String> touchedAgents = new HashSet<>();
        private final Set<Long> touchedCalls = new HashSet<>();
        /** Devices whose agent may have changed: the calls there show another agent. */
        private final Set<String> devicesChangingHands = new HashSet<>();

        Transition(LiveState from) {
            organisation = from.organisation;
            agents = from.agents;
            calls = from.calls;
            agentViews = from.agentViews;
            callViews = from.callViews;
            agentsByDevice = from.agentsByDevice;
            callsByDevice = from.callsByDevice;
            teamMembers = from.teamMembers;
            groups = from.groups;
        }

        /** The agent's new report; the indexes and tallies change only where it differs from the old one. */
        void putAgent(LiveAgent agent) {
            String id = agent.agentId();
            LiveAgent old = agents.get(id);
            if (old != null && !agent.isNotOlderThan(old)) {
                return; // a stale report: the model already shows a later one
            }
            agents = agents.plus(id, agent);
            touchedAgents.add(id);
            Set<String> oldDevices = old == null ? Set.of() : old.devices();
            Set<String> newDevices = agent.devices();
            if (old == null || !Objects.equals(old.instrument(), agent.instrument())
                    || !Objects.equals(old.extension(), agent.extension())) {
                oldDevices.stream().filter(device -> !newDevices.contains(device))
                        .forEach(device -> agentsByDevice = without(agentsByDevice, device, id));
                newDevices.stream().filter(device -> !oldDevices.contains(device))
                        .forEach(device -> agentsByDevice = with(agentsByDevice, device, id));
                devicesChangingHands.addAll(oldDevices);
                devicesChangingHands.addAll(newDevices);
            }
            Integer oldTeam = old == null ? null : old.teamId();
            if (old == null || !Objects.equals(oldTeam, agent.teamId())) {
                if (oldTeam != null) {
                    TreePSet<String> left = teamMembers.getOrDefault(oldTeam, TreePSet.empty()).minus(id);
                    teamMembers = left.isEmpty() ? teamMembers.minus(oldTeam) : teamMembers.plus(oldTeam, left);
                }
                if (agent.teamId() != null) {
                    teamMembers = teamMembers.plus(agent.teamId(),
                            teamMembers.getOrDefault(agent.teamId(), TreePSet.empty()).plus(id));
                }
            }
            if (old == null || old.state() != agent.state()
                    || !old.skillGroupStates().keySet().equals(agent.skillGroupStates().keySet())) {
                if (old != null) {
                    old.skillGroupStates().keySet().forEach(group -> countMember(group, old.state(), -1));
                }
                agent.skillGroupStates().keySet().forEach(group -> countMember(group, agent.state(), +1));
            }
        }

        private void countMember(Long group, AgentState state, int change) {
            groups = groups.plus(group, tally(group).withMember(state, change));
        }

        /** The call's new report; its devices' index and its queue's tally change only where it differs. */
        void putCall(LiveCall call) {
            LiveCall old = calls.get(call.callId());
            boolean sameCall = old != null && old.callKey().equals(call.callKey());
            if (sameCall && !call.isNotOlderThan(old)) {
                return; // a stale report
            }
            if (old != null && !sameCall) {
                unindex(old); // a ConnectionCallID used again: another call
                old = null;
            }
            calls = calls.plus(call.callId(), call);
            touchedCalls.add(call.callId());
            Set<String> oldDevices = old == null ? Set.of() : old.parties().keySet();
            for (String device : oldDevices) {
                if (!call.parties().containsKey(device)) {
                    callsByDevice = without(callsByDevice, device, call.callId());
                }
                touchAgentsAt(device);
            }
            for (String device : call.parties().keySet()) {
                if (!oldDevices.contains(device)) {
                    callsByDevice = with(callsByDevice, device, call.callId());
                }
                touchAgentsAt(device);
            }
            Long oldQueue = old != null && old.isQueued() ? old.skillGroupNumber() : null;
            Long newQueue = call.isQueued() ? call.skillGroupNumber() : null;
            if (!Objects.equals(oldQueue, newQueue)) {
                if (oldQueue != null) {
                    groups = groups.plus(oldQueue, tally(oldQueue).withQueued(call.callId(), false));
                }
                if (newQueue != null) {
                    groups = groups.plus(newQueue, tally(newQueue).withQueued(call.callId(), true));
                }
            }
        }

        private static <K, V> PMap<K, PSet<V>> with(PMap<K, PSet<V>> index, K key, V value) {
            return index.plus(key, index.getOrDefault(key, HashTreePSet.empty()).plus(value));
        }

        private static <K, V> PMap<K, PSet<V>> without(PMap<K, PSet<V>> index, K key, V value) {
            PSet<V> left = index.getOrDefault(key, HashTreePSet.empty()).minus(value);
            return left.isEmpty() ? index.minus(key) : index.plus(key, left);
        }

        void end(EndedCall ended, ZoneId zone) {
            LiveCall old = calls.get(ended.callId());
            if (old != null && old.callKey().equals(ended.callKey())) {
                unindex(old);
                calls = calls.minus(ended.callId());
            }
            if (ended.skillGroupNumber() != null) {
                GroupTally tally = tally(ended.skillGroupNumber());
                DayTally day = tally.day() == null ? new DayTally(null, 0, 0, 0) : tally.day();
                groups = groups.plus(ended.skillGroupNumber(), tally.withDay(day.plus(ended, zone)));
            }
        }

        void setDay(Long group, DayTally day) {
            groups = groups.plus(group, tally(group).withDay(day));
        }

        private void unindex(LiveCall call) {
            touchedCalls.add(call.callId());
            for (String device : call.parties().keySet()) {
                callsByDevice = without(callsByDevice, device, call.callId());
                touchAgentsAt(device);
            }
            if (call.skillGroupNumber() != null && call.isQueued()) {
                groups = groups.plus(call.skillGroupNumber(),
                        tally(call.skillGroupNumber()).withQueued(call.callId(), false));
            }
        }

        /** The agents at a device whose calls changed: their calls, and so their buttons, changed. */
        private void touchAgentsAt(String device) {
            touchedAgents.addAll(agentsByDevice.getOrDefault(device, HashTreePSet.empty()));
        }

        private GroupTally tally(Long group) {
            return groups.getOrDefault(group, GroupTally.EMPTY);
        }

        LiveState finish(long version) {
            Set<Long> callsToShow = new HashSet<>(touchedCalls);
            for (String device : devicesChangingHands) {
                callsToShow.addAll(callsByDevice.getOrDefault(device, HashTreePSet.empty()));
            }
            for (String agentId : touchedAgents) {
                LiveAgent agent = agents.get(agentId);
                if (agent == null) {
                    agentViews = agentViews.minus(agentId);
                    continue;
                }
                List<LiveCall> atAgent = callsAt(agent, calls, callsByDevice);
                agentViews = agentViews.plus(agentId, LiveViews.agent(agent, atAgent));
                // every call of an agent whose buttons may have changed shows them
                atAgent.forEach(call -> callsToShow.add(call.callId()));
            }
            for (Long callId : callsToShow) {
                LiveCall call = calls.get(callId);
                if (call == null) {
                    callViews = callViews.minus(callId);
                } else {
                    // an agent's buttons are its view's: just made if it was touched, unchanged if not
                    callViews = callViews.plus(callId, LiveViews.call(call,
                            device -> agentAt(device, agents, agentsByDevice),
                            agent -> agentViews.get(agent.agentId()).enabledActions()));
                }
            }
            return new LiveState(version, organisation, agents, calls, agentViews, callViews, agentsByDevice,
                    callsByDevice, teamMembers, groups);
        }
    }
}
