package org.ctios.server.infrastructure.organisation;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.ctios.server.domain.organisation.OrganisationDefinition;
import org.ctios.server.domain.organisation.OrganisationDefinition.AgentEntry;
import org.ctios.server.domain.organisation.OrganisationDefinition.SkillGroupEntry;
import org.ctios.server.domain.organisation.OrganisationDefinition.TeamEntry;

/**
 * Reads an organisation from the simulator's scenario format, so that one file describes the contact centre to both:
 * {@code skillGroups} ({@code number}, {@code id}, {@code name}), {@code teams} ({@code id}, {@code name},
 * {@code supervisorId}), {@code agents} ({@code agentId}, {@code extension}, {@code skillGroups}, {@code teamId},
 * {@code supervisor}) and {@code agentRanges} ({@code firstAgentId}, {@code firstExtension}, {@code count},
 * {@code skillGroups}, {@code teamId}). Other members (traffic, passwords, modes) are ignored.
 */
public final class OrganisationFile {

    private OrganisationFile() {
    }

    /**
     * @throws IllegalArgumentException when the file is not such JSON, naming what is wrong
     */
    public static OrganisationDefinition read(InputStream json, String source) {
        try (JsonReader reader = Json.createReader(json)) {
            JsonObject root = reader.readObject();
            return new OrganisationDefinition(skillGroups(root), teams(root), agents(root));
        } catch (JsonException | ClassCastException | NullPointerException e) {
            throw new IllegalArgumentException("the organisation in " + source + " cannot be read: " + e.getMessage(),
                    e);
        }
    }

    private static List<SkillGroupEntry> skillGroups(JsonObject root) {
        List<SkillGroupEntry> groups = new ArrayList<>();
        for (JsonObject group : objects(root, "skillGroups")) {
            groups.add(new SkillGroupEntry(group.getJsonNumber("number").longValueExact(),
                    optionalLong(group, "id"), group.getString("name")));
        }
        return groups;
    }

    private static List<TeamEntry> teams(JsonObject root) {
        List<TeamEntry> teams = new ArrayList<>();
        for (JsonObject team : objects(root, "teams")) {
            teams.add(new TeamEntry(team.getInt("id"), team.getString("name"), team.getString("supervisorId", null)));
        }
        return teams;
    }

    private static List<AgentEntry> agents(JsonObject root) {
        List<AgentEntry> agents = new ArrayList<>();
        for (JsonObject agent : objects(root, "agents")) {
            agents.add(new AgentEntry(agent.getString("agentId"), agent.getString("extension", null),
                    optionalInt(agent, "teamId"), agent.getBoolean("supervisor", false), numbers(agent)));
        }
        for (JsonObject range : objects(root, "agentRanges")) {
            int first = range.getInt("firstAgentId");
            int firstExtension = range.getInt("firstExtension");
            for (int i = 0; i < range.getInt("count"); i++) {
                agents.add(new AgentEntry(String.valueOf(first + i), String.valueOf(firstExtension + i),
                        optionalInt(range, "teamId"), false, numbers(range)));
            }
        }
        return agents;
    }

    private static List<JsonObject> objects(JsonObject root, String member) {
        JsonArray array = root.containsKey(member) && !root.isNull(member) ? root.getJsonArray(member) : null;
        return array == null ? List.of() : array.getValuesAs(JsonObject.class);
    }

    private static List<Long> numbers(JsonObject object) {
        if (!object.containsKey("skillGroups") || object.isNull("skillGroups")) {
            return List.of();
        }
        return object.getJsonArray("skillGroups").getValuesAs(JsonNumber.class).stream()
                .map(JsonNumber::longValueExact).toList();
    }

    private static Long optionalLong(JsonObject object, String member) {
        JsonValue value = object.get(member);
        return value instanceof JsonNumber number ? number.longValueExact() : null;
    }

    private static Integer optionalInt(JsonObject object, String member) {
        JsonValue value = object.get(member);
        return value instanceof JsonNumber number ? number.intValueExact() : null;
    }
}
