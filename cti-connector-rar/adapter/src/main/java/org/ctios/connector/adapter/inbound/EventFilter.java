package org.ctios.connector.adapter.inbound;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.ctios.connector.adapter.config.ValueFormat;
import org.ctios.connector.api.event.AgentEvent;
import org.ctios.connector.api.event.AgentSkillGroup;
import org.ctios.connector.api.event.AgentSnapshot;
import org.ctios.connector.api.event.AgentStateChanged;
import org.ctios.connector.api.event.CallDelivered;
import org.ctios.connector.api.event.CallEstablished;
import org.ctios.connector.api.event.CallQueued;
import org.ctios.connector.api.event.CallSnapshot;
import org.ctios.connector.api.event.CtiEvent;

/**
 * What one message endpoint receives, from its activation properties: the event types it asked for, the agents and
 * the skill groups. Each condition is left out when its property is empty, and applies only to the events that carry
 * what it names: {@code agentIds} to agent events (the call events name devices, not agents), {@code skillGroups} to
 * the events that name skill groups; an event carrying none passes them. Filtering in the endpoint's own lane keeps
 * an application that wants screen pops from queueing every agent event of the switch.
 *
 * @param eventTypes  the event types, or their interfaces ({@code CallEvent}, {@code AgentEvent}), received; empty
 *                    for every type
 * @param agentIds    the agents whose agent events are received; empty for every agent
 * @param skillGroups the skill group numbers an event naming skill groups must name one of; empty for any
 */
public record EventFilter(Set<Class<?>> eventTypes, Set<String> agentIds, Set<Long> skillGroups) {

    /** Every event, as an endpoint without filter properties receives. */
    public static final EventFilter EVERY_EVENT = new EventFilter(Set.of(), Set.of(), Set.of());

    /** Every event type by its simple name, the interfaces that group them included. */
    private static final Map<String, Class<?>> TYPES = eventTypesByName();

    public EventFilter {
        eventTypes = Set.copyOf(eventTypes);
        agentIds = Set.copyOf(agentIds);
        skillGroups = Set.copyOf(skillGroups);
    }

    /**
     * The filter of the activation properties as the MDB set them ({@code null} or empty: no condition).
     *
     * @throws IllegalArgumentException whose message names the property, what it must be and the value given
     */
    public static EventFilter of(String eventTypes, String agentIds, String skillGroups) {
        return new EventFilter(types(eventTypes), agents(agentIds), groups(skillGroups));
    }

    /** Whether the endpoint receives this event. */
    public boolean accepts(CtiEvent event) {
        if (!eventTypes.isEmpty() && eventTypes.stream().noneMatch(type -> type.isInstance(event))) {
            return false;
        }
        if (!agentIds.isEmpty() && event instanceof AgentEvent agent
                && !agentIds.contains(agent.agentId())) {
            return false;
        }
        if (skillGroups.isEmpty()) {
            return true;
        }
        List<Long> named = skillGroupsNamed(event);
        return named.isEmpty() || named.stream().anyMatch(skillGroups::contains);
    }

    /**
     * Whether the endpoint receives the items of a snapshot, so that its activation should ask for one: without it,
     * an endpoint activated after the link opened would know nothing of what was already going on.
     */
    public boolean receivesSnapshots() {
        return eventTypes.isEmpty() || eventTypes.stream().anyMatch(type -> type.isAssignableFrom(AgentSnapshot.class)
                || type.isAssignableFrom(CallSnapshot.class));
    }

    private static List<Long> skillGroupsNamed(CtiEvent event) {
        if (event instanceof AgentStateChanged changed) {
            return numbers(changed.skillGroups());
        }
        if (event instanceof AgentSnapshot snapshot) {
            return numbers(snapshot.skillGroups());
        }
        if (event instanceof CallQueued queued) {
            return queued.skillGroupNumbers();
        }
        if (event instanceof CallDelivered delivered && delivered.skillGroupNumber() != null) {
            return List.of(delivered.skillGroupNumber());
        }
        if (event instanceof CallEstablished established && established.skillGroupNumber() != null) {
            return List.of(established.skillGroupNumber());
        }
        return List.of();
    }

    private static List<Long> numbers(List<AgentSkillGroup> groups) {
        return groups.stream().map(AgentSkillGroup::skillGroupNumber).toList();
    }

    private static Set<Class<?>> types(String text) {
        Set<Class<?>> types = new LinkedHashSet<>();
        for (String name : items(text)) {
            Class<?> type = TYPES.get(name);
            if (type == null) {
                throw invalid("eventTypes", "event type names separated by commas, among " + TYPES.keySet(), text,
                        name + " is none");
            }
            types.add(type);
        }
        return types;
    }

    private static Set<String> agents(String text) {
        if (items(text).isEmpty()) {
            return Set.of();
        }
        ValueFormat<Set<String>> format = ValueFormat.agentIds();
        try {
            return format.read(text);
        } catch (IllegalArgumentException e) {
            throw invalid("agentIds", format.values(), text, e.getMessage());
        }
    }

    private static Set<Long> groups(String text) {
        ValueFormat<Long> number = ValueFormat.unsignedInt();
        Set<Long> groups = new LinkedHashSet<>();
        for (String item : items(text)) {
            try {
                groups.add(number.read(item));
            } catch (IllegalArgumentException e) {
                throw invalid("skillGroups", "skill group numbers (0 to 4294967295) separated by commas, or empty",
                        text, item + " is none");
            }
        }
        return groups;
    }

    private static List<String> items(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::trim).filter(item -> !item.isEmpty()).toList();
    }

    private static IllegalArgumentException invalid(String property, String values, String text, String detail) {
        return new IllegalArgumentException("activation property " + property + " must be " + values
                + (detail == null ? "" : " (" + detail + ")") + ", was '" + text + "'");
    }

    private static Map<String, Class<?>> eventTypesByName() {
        Map<String, Class<?>> types = new TreeMap<>();
        Deque<Class<?>> toVisit = new ArrayDeque<>(List.of(CtiEvent.class.getPermittedSubclasses()));
        while (!toVisit.isEmpty()) {
            Class<?> type = toVisit.pop();
            types.put(type.getSimpleName(), type);
            if (type.isSealed()) {
                toVisit.addAll(List.of(type.getPermittedSubclasses()));
            }
        }
        return types;
    }

    @Override
    public String toString() {
        return "event types " + (eventTypes.isEmpty() ? "all" : eventTypes.stream().map(Class::getSimpleName)
                .sorted().collect(Collectors.joining(","))) + ", agents " + (agentIds.isEmpty() ? "all" : agentIds.size())
                + ", skill groups " + (skillGroups.isEmpty() ? "all" : skillGroups);
    }
}
