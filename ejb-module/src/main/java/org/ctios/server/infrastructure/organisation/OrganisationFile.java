package org.ctios.server.infrastructure.organisation;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
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
 * {@code supervisor}, {@code firstName}, {@code lastName}) and {@code agentRanges} ({@code firstAgentId},
 * {@code firstExtension}, {@code count}, {@code skillGroups}, {@code teamId}, and {@code names}: objects of
 * {@code firstName} and {@code lastName} given to the range's agents in order, no more than it has). A blank name
 * is no name. Other members (traffic, passwords, modes) are ignored.
 */
public final class OrganisationFile {

    private OrganisationFile() {
    }

    /**
     * @throws IllegalArgumentException when the file is not such JSON, or a range has more names than agents, or a
     *                                  name is longer than the database keeps, naming what is wrong
     */
    public static OrganisationDefinition read(InputStream json, String source) {
        try (JsonReader reader = Json.createReader(json)) {
            JsonObject root = reader.readObject();
            return new OrganisationDefinition(skillGroups(root), teams(root), agents(root));
        } catch (JsonException | ClassCastException | NullPointerException | IllegalArgumentException e) {
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
                    optionalInt(agent, "teamId"), agent.getBoolean("supervisor", false), numbers(agent),
                    name(agent, "firstName"), name(agent, "lastName")));
        }
        for (JsonObject range : objects(root, "agentRanges")) {
            int first = range.getInt("firstAgentId");
            int firstExtension = range.getInt("firstExtension");
            int count = range.getInt("count");
            List<JsonObject> names = objects(range, "names");
            if (names.size() > count) {
                throw new IllegalArgumentException("the agent range from " + first + " has " + names.size()
                        + " names for " + count + " agents: at most one name per agent");
            }
            for (int i = 0; i < count; i++) {
                JsonObject name = i < names.size() ? names.get(i) : JsonValue.EMPTY_JSON_OBJECT;
                agents.add(new AgentEntry(String.valueOf(first + i), String.valueOf(firstExtension + i),
                        optionalInt(range, "teamId"), false, numbers(range), name(name, "firstName"),
                        name(name, "lastName")));
            }
        }
        return agents;
    }

    /** The name, or null when there is none or it is blank. */
    private static String name(JsonObject object, String member) {
        JsonValue value = object.get(member);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonString name)) {
            throw new IllegalArgumentException(member + " must be text, not " + value);
        }
        return name.getString().isBlank() ? null : name.getString().strip();
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
