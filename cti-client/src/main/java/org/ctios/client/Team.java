package org.ctios.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A team as a supervisor sees it ({@code GET /teams/{id}}): its supervisors, its members and per-state counts. */
public final class Team {

    private final String id;
    private final String name;
    private final List<String> supervisorIds;
    private final List<Agent> members;
    private final Map<String, Integer> stateCounts;

    Team(JsonNode json, Controls controls) {
        this.id = Json.text(json, "id");
        this.name = Json.text(json, "name");
        this.supervisorIds = Json.strings(json, "supervisors");
        List<Agent> agents = new ArrayList<>();
        json.path("members").forEach(member -> agents.add(controls.agent(member)));
        this.members = List.copyOf(agents);
        Map<String, Integer> counts = new LinkedHashMap<>();
        json.path("stateCounts").properties().forEach(entry -> counts.put(entry.getKey(),
                entry.getValue().asInt()));
        this.stateCounts = Collections.unmodifiableMap(counts);
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    /** The supervisors' agent ids. */
    public List<String> supervisorIds() {
        return supervisorIds;
    }

    /** Every member with its state, calls and enabled actions. */
    public List<Agent> members() {
        return members;
    }

    /** Members per state, such as {@code {"AVAILABLE": 3, "NOT_READY": 1}}. */
    public Map<String, Integer> stateCounts() {
        return stateCounts;
    }
}
