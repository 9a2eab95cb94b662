package org.ctios.web.events;

import jakarta.json.bind.Jsonb;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.ctios.server.events.AgentStateNotice;
import org.ctios.server.events.CallChangedNotice;
import org.ctios.server.events.CallDataNotice;
import org.ctios.server.events.CallDeliveredNotice;
import org.ctios.server.events.CallEndedNotice;
import org.ctios.server.events.CallEstablishedNotice;
import org.ctios.server.events.CallHeldNotice;
import org.ctios.server.events.CallNotice;
import org.ctios.server.events.CallRetrievedNotice;
import org.ctios.server.events.HelpAlertNotice;
import org.ctios.server.events.Notice;
import org.ctios.server.events.SilentMonitorNotice;
import org.ctios.server.events.SkillGroupStatisticsNotice;
import org.ctios.server.events.UserMessageNotice;
import org.ctios.web.reasons.ReasonLabels;
import org.ctios.web.representation.AgentRepresentation;
import org.ctios.web.representation.CallRepresentation;

/**
 * Turns one committed notice into a stream event: the notice's facts plus the current state of what it concerns
 * (the call with its data, the agents on it with their enabled actions), taken from a {@link ConcernedState} read
 * for its batch, serialised once; an agent's state event shows the agent as of its change, which its notice
 * carries. What each type of notice becomes is said once per type, by a
 * {@link Notice.Visitor}: a new type of notice does not compile until it is said here. Plain Java: no database, no
 * container.
 */
final class NoticeEvents {

    private final Jsonb json;
    private final ReasonLabels labels;

    /** @param labels the labels of reason codes, which every agent shown carries */
    NoticeEvents(Jsonb json, ReasonLabels labels) {
        this.json = json;
        this.labels = labels;
    }

    /**
     * The event for a notice, or empty when nothing it concerns exists any more (an agent's notice that carries the
     * agent as of its change always has one).
     */
    Optional<NoticeTranslator.Translated> translate(Notice notice, ConcernedState state) {
        return notice.accept(new Translation(state));
    }

    /** A notice's event, from the state read for its batch. */
    private final class Translation implements Notice.Visitor<Optional<NoticeTranslator.Translated>> {

        private final ConcernedState state;

        Translation(ConcernedState state) {
            this.state = state;
        }

        @Override
        public Optional<NoticeTranslator.Translated> agentState(AgentStateNotice notice) {
            return agentEvent(notice, state);
        }

        @Override
        public Optional<NoticeTranslator.Translated> callDelivered(CallDeliveredNotice notice) {
            return callEvent(notice, state, data -> {
                data.put("device", notice.device());
                data.put("agentId", notice.agentId());
                data.put("screenPop", notice.data());
            });
        }

        @Override
        public Optional<NoticeTranslator.Translated> callEstablished(CallEstablishedNotice notice) {
            return callEvent(notice, state, data -> data.put("device", notice.device()));
        }

        @Override
        public Optional<NoticeTranslator.Translated> callHeld(CallHeldNotice notice) {
            return callEvent(notice, state, data -> data.put("device", notice.device()));
        }

        @Override
        public Optional<NoticeTranslator.Translated> callRetrieved(CallRetrievedNotice notice) {
            return callEvent(notice, state, data -> data.put("device", notice.device()));
        }

        @Override
        public Optional<NoticeTranslator.Translated> callEnded(CallEndedNotice notice) {
            return callEvent(notice, state, data -> {
                data.put("callKey", notice.callKey());
                data.put("reason", notice.reason().name());
            });
        }

        @Override
        public Optional<NoticeTranslator.Translated> callData(CallDataNotice notice) {
            return callEvent(notice, state, data -> { });
        }

        @Override
        public Optional<NoticeTranslator.Translated> callChanged(CallChangedNotice notice) {
            // The agents who left still get the event (they are among what it concerns), so their desktops drop the
            // call that goes on without them.
            return callEvent(notice, state, data -> {
                data.put("event", notice.event());
                data.put("departedAgentIds", notice.departedAgentIds());
            });
        }

        /** The message itself, routed to its recipients only ({@link UserMessageEvents}). */
        @Override
        public Optional<NoticeTranslator.Translated> userMessage(UserMessageNotice notice) {
            return Optional.of(UserMessageEvents.translate(notice, json));
        }

        /** To the supervisor and the agent's team, never to the monitored agent ({@link SupervisionEvents}). */
        @Override
        public Optional<NoticeTranslator.Translated> silentMonitor(SilentMonitorNotice notice) {
            return Optional.of(SupervisionEvents.monitorEvent(notice, json));
        }

        /** The alert with its call as it is now ({@link SupervisionEvents}). */
        @Override
        public Optional<NoticeTranslator.Translated> helpAlert(HelpAlertNotice notice) {
            Long callId = notice.alert().callId();
            return Optional.of(SupervisionEvents.helpEvent(notice,
                    callId == null ? null : state.call(callId).orElse(null), json));
        }

        /** None: the figures are streamed, throttled, by {@link SkillGroupStatisticsEvents}. */
        @Override
        public Optional<NoticeTranslator.Translated> skillGroupStatistics(SkillGroupStatisticsNotice notice) {
            return Optional.empty();
        }
    }

    /**
     * An agent's event: the agent as of its change, which the notice carries (its state with that state's calls and
     * buttons, though the agent may have moved on since), routed to its team and skill groups as they were then. A
     * notice relayed by a server of an earlier build carries no view: its state over the rest as it is now, as that
     * build streamed it, and no event once the agent no longer exists.
     */
    private Optional<NoticeTranslator.Translated> agentEvent(AgentStateNotice notice, ConcernedState state) {
        Optional<AgentRepresentation> asOfTheChange = notice.agent() != null
                ? Optional.of(AgentRepresentation.of(notice.agent(), labels))
                : state.agent(notice.agentId()).map(view -> AgentRepresentation.of(view, labels))
                        .map(current -> new AgentRepresentation(current.id(), current.extension(),
                                current.firstName(), current.lastName(), notice.state().name(), notice.reasonCode(),
                                labels.label(notice.state(), notice.reasonCode()), notice.since(),
                                current.loggedInSince(), current.team(), current.supervisor(), current.skillGroups(),
                                current.calls(), current.enabledActions(), current.pendingState(),
                                current.pendingReasonCode(), current.pendingReasonLabel()));
        return asOfTheChange.map(agent -> {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("agentId", agent.id());
            data.put("reconciled", notice.reconciled());
            data.put("agent", agent);
            Set<String> teams = agent.team() == null ? Set.of() : Set.of(agent.team());
            return new NoticeTranslator.Translated("AgentState", json.toJson(data),
                    new EventRouting("AgentState", Set.of(agent.id()), teams, Set.copyOf(agent.skillGroups())));
        });
    }

    /**
     * A call notice's event: the call's id, the notice's own facts ({@code details}), the call and the agents on it
     * now, routed to them and to the agents and skill groups the notice itself names.
     */
    private Optional<NoticeTranslator.Translated> callEvent(CallNotice notice, ConcernedState state,
                                                            Consumer<Map<String, Object>> details) {
        String name = eventName(notice);
        CallRepresentation call = state.call(notice.callId()).map(CallRepresentation::of).orElse(null);
        Set<String> agentIds = new LinkedHashSet<>();
        if (call != null) {
            agentIds.addAll(call.agentIds());
        }
        agentIds.addAll(notice.concerns().agentIds());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("callId", String.valueOf(notice.callId()));
        details.accept(data);
        List<AgentRepresentation> onCall = new ArrayList<>();
        for (String agentId : agentIds) {
            state.agent(agentId).map(view -> AgentRepresentation.of(view, labels)).ifPresent(onCall::add);
        }
        data.put("call", call);
        data.put("agents", onCall);
        Set<String> skillGroups = new HashSet<>();
        if (call != null && call.skillGroup() != null) {
            skillGroups.add(call.skillGroup());
        }
        notice.concerns().skillGroupNumbers().forEach(number -> skillGroups.add(String.valueOf(number)));
        EventRouting routing = new EventRouting(name, agentIds,
                onCall.stream().map(AgentRepresentation::team).filter(team -> team != null).collect(Collectors.toSet()),
                skillGroups);
        return Optional.of(new NoticeTranslator.Translated(name, json.toJson(data), routing));
    }

    private static String eventName(CallNotice notice) {
        // the notice's class name without "Notice": CallDelivered, CallEstablished, ...
        String simpleName = notice.getClass().getSimpleName();
        return simpleName.substring(0, simpleName.length() - "Notice".length());
    }
}
