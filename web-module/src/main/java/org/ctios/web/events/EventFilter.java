package org.ctios.web.events;

import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Which events a stream receives, after CTI OS's filters: keys ANDed, the values of a key ORed. Written as
 * {@code key:value,value;key:value}, for instance {@code type:AgentState,CallDelivered;skillGroup:101,102}. Keys:
 * {@code type} (an event name), {@code agent}, {@code team}, {@code skillGroup}. An event matches a key when any
 * agent, team or skill group it concerns is among the key's values; no key at all matches everything. Team mode
 * ({@link #team}) is a {@code team} key that also lets every skill group's statistics through.
 */
public final class EventFilter {

    /** The keys a filter may use. */
    public enum Key {
        TYPE("type"), AGENT("agent"), TEAM("team"), SKILL_GROUP("skillGroup");

        private final String text;

        Key(String text) {
            this.text = text;
        }

        static Key of(String text) {
            for (Key key : values()) {
                if (key.text.equals(text)) {
                    return key;
                }
            }
            throw new InvalidEventFilterException("unknown filter key '" + text + "': use type, agent, team or "
                    + "skillGroup");
        }
    }

    /** The event names a {@code type} value may take. */
    public static final Set<String> EVENT_TYPES = Set.of("AgentState", "CallDelivered", "CallEstablished",
            "CallHeld", "CallRetrieved", "CallData", "CallChanged", "CallEnded", SkillGroupStatisticsEvents.EVENT,
            SupervisionEvents.SILENT_MONITOR, SupervisionEvents.HELP_REQUESTED);

    private static final int MAX_LENGTH = 2_000;
    private static final Pattern VALUE = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    private static final EventFilter EVERYTHING = new EventFilter(new EnumMap<>(Key.class), false, false);

    private final Map<Key, Set<String>> values;
    /** Every {@code SkillGroupStatistics} event passes, whatever the keys say (team mode). */
    private final boolean allStatistics;
    /** A person's stream (agent or team mode), which receives the team messages for its agent or team. */
    private final boolean personal;

    private EventFilter(Map<Key, Set<String>> values, boolean allStatistics, boolean personal) {
        this.values = values;
        this.allStatistics = allStatistics;
        this.personal = personal;
    }

    /** Every event. */
    public static EventFilter everything() {
        return EVERYTHING;
    }

    /** Agent mode: every event that concerns this agent. */
    public static EventFilter agent(String agentId) {
        if (agentId == null || !VALUE.matcher(agentId).matches()) {
            throw new InvalidEventFilterException("agentId must be 1 to 64 letters, digits, '_', '.' or '-'");
        }
        Map<Key, Set<String>> values = new EnumMap<>(Key.class);
        values.put(Key.AGENT, Set.of(agentId));
        return new EventFilter(values, false, true);
    }

    /**
     * Team mode, a supervisor's one stream: every event that concerns the team's agents (what {@code team:<id>}
     * matches, and the same snapshot) and every skill group's statistics, which everyone signed in may read.
     */
    public static EventFilter team(int teamId) {
        Map<Key, Set<String>> values = new EnumMap<>(Key.class);
        values.put(Key.TEAM, Set.of(String.valueOf(teamId)));
        return new EventFilter(values, true, true);
    }

    /** Reads a filter; null or blank means every event. */
    public static EventFilter parse(String text) {
        if (text == null || text.isBlank()) {
            return EVERYTHING;
        }
        if (text.length() > MAX_LENGTH) {
            throw new InvalidEventFilterException("filter is longer than " + MAX_LENGTH + " characters");
        }
        Map<Key, Set<String>> values = new EnumMap<>(Key.class);
        for (String clause : text.split(";", -1)) {
            int colon = clause.indexOf(':');
            if (colon < 0) {
                throw new InvalidEventFilterException("filter clause '" + clause + "' is not key:value[,value...]"
                        + " (clauses are separated by ';')");
            }
            Key key = Key.of(clause.substring(0, colon).trim());
            if (values.containsKey(key)) {
                throw new InvalidEventFilterException("filter key '" + key.text + "' appears twice: list its values "
                        + "once, separated by ','");
            }
            Set<String> keyValues = new LinkedHashSet<>();
            for (String value : clause.substring(colon + 1).split(",", -1)) {
                String trimmed = value.trim();
                if (!VALUE.matcher(trimmed).matches()) {
                    throw new InvalidEventFilterException("filter value '" + trimmed + "' of key '" + key.text
                            + "' must be 1 to 64 letters, digits, '_', '.' or '-'");
                }
                if (key == Key.TYPE && !EVENT_TYPES.contains(trimmed)) {
                    throw new InvalidEventFilterException("unknown event type '" + trimmed + "' in the filter: use one of "
                            + EVENT_TYPES.stream().sorted().toList());
                }
                keyValues.add(trimmed);
            }
            values.put(key, Set.copyOf(keyValues));
        }
        return new EventFilter(values, false, false);
    }

    public boolean matches(EventRouting event) {
        if (allStatistics && event.type().equals(SkillGroupStatisticsEvents.EVENT)) {
            return true;
        }
        if (event.type().equals(UserMessageEvents.EVENT)) {
            return personal && UserMessageEvents.reaches(event, soleAgent().orElse(null), soleTeam().orElse(null));
        }
        Set<String> types = values.get(Key.TYPE);
        return (types == null || types.contains(event.type())) && concerns(event.agentIds(), event.teamIds(),
                event.skillGroups());
    }

    /**
     * Whether something concerning these agents, teams and skill groups passes the filter's keys other than
     * {@code type}: what a snapshot of agents and calls is chosen by.
     */
    public boolean concerns(Collection<String> agentIds, Collection<String> teamIds,
                            Collection<String> skillGroups) {
        return accepts(Key.AGENT, agentIds) && accepts(Key.TEAM, teamIds) && accepts(Key.SKILL_GROUP, skillGroups);
    }

    private boolean accepts(Key key, Collection<String> concerned) {
        Set<String> wanted = values.get(key);
        if (wanted == null) {
            return true;
        }
        for (String value : concerned) {
            if (wanted.contains(value)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The agents of the filter's {@code agent} key, empty when it has none: an event that concerns none of them
     * cannot match (keys are ANDed).
     */
    Set<String> agents() {
        return values.getOrDefault(Key.AGENT, Set.of());
    }

    /** The agent of an agent-mode filter (an {@code agent} key with one value and no other key). */
    Optional<String> soleAgent() {
        return sole(Key.AGENT);
    }

    /** The team of a team filter (a {@code team} key with one value and no other key but {@code type}). */
    Optional<Integer> soleTeam() {
        return sole(Key.TEAM).flatMap(team -> {
            try {
                return Optional.of(Integer.valueOf(team));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    private Optional<String> sole(Key key) {
        Set<String> wanted = values.get(key);
        if (wanted == null || wanted.size() != 1) {
            return Optional.empty();
        }
        for (Key other : Key.values()) {
            if (other != key && other != Key.TYPE && values.containsKey(other)) {
                return Optional.empty();
            }
        }
        return Optional.of(wanted.iterator().next());
    }

    /**
     * What the filter's snapshot shows, as a key: filters with the same key have the same snapshot (the {@code type}
     * key does not narrow a snapshot, nor does team mode's statistics flag).
     */
    String snapshotScope() {
        StringBuilder scope = new StringBuilder();
        for (Key key : List.of(Key.AGENT, Key.TEAM, Key.SKILL_GROUP)) {
            Set<String> wanted = values.get(key);
            if (wanted != null) {
                scope.append(key.text).append(':').append(String.join(",", new TreeSet<>(wanted))).append(';');
            }
        }
        return scope.toString();
    }

    @Override
    public String toString() {
        return allStatistics ? values + " and all skill group statistics" : values.toString();
    }
}
