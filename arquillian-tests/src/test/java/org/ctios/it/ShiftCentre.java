package org.ctios.it;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.ctios.protocol.types.AgentState;
import org.ctios.protocol.types.CallVariables;
import org.ctios.protocol.types.NamedVariable;
import org.ctios.simulator.PbxSimulator;
import org.ctios.simulator.acd.Acd;
import org.ctios.simulator.acd.CallView;
import org.ctios.simulator.acd.Outcome;
import org.ctios.simulator.scenario.TrafficProfile;

/**
 * The contact centre of {@link ShiftStartIT}: one scenario file, in the simulator's format, that both the simulator and
 * the server read ({@code ctios.organisation}), so the server's organisation and demo accounts are the switch's
 * agents.
 *
 * <ul>
 *   <li><b>Desks</b>: {@link #DESK_TEAMS} teams of {@link #TEAM_SIZE} controlled agents (ids from 1001), the first of
 *   each its supervisor, all in skill group 3, which no generated call reaches. {@link #arrangeDesks} puts each
 *   team's agents, by their place in the team, in the states and calls of {@link #PLACES}: logged out with a reason,
 *   not ready with reasons, available, a customer call ringing, talking, held, wrap-up, a consultation ringing and
 *   one answered, a call between two agents, a conference. Nothing moves them afterwards: controlled agents act only
 *   on requests, their customers never hang up, and a call ringing at them is not taken back for an hour.</li>
 *   <li><b>Busy agents</b>: {@link #BUSY_AGENTS} simulated agents (ids after the desks) in skill groups 1 and 2 and
 *   two teams without a supervisor, taking the generated traffic ({@link #TRAFFIC}): they change state every few
 *   seconds all through the test.</li>
 * </ul>
 */
final class ShiftCentre {

    static final int DESK_TEAMS = 10;
    static final int TEAM_SIZE = 20;
    static final int BUSY_AGENTS = 300;
    static final int FIRST_AGENT = 1001;
    static final int DESK_AGENTS = DESK_TEAMS * TEAM_SIZE;
    static final int AGENTS = DESK_AGENTS + BUSY_AGENTS;
    static final int DESK_GROUP = 3;
    /** The busy agents' teams (no supervisor), after the desks'. */
    static final int FIRST_BUSY_TEAM = DESK_TEAMS + 1;

    /**
     * The busy agents' traffic: five calls a second on skill groups 1 and 2 of 30 s on average, one second of ringing
     * and two of wrap-up, about 150 calls in progress for 300 agents. A call ringing at a controlled agent (the desks,
     * whose group gets none of this traffic) stays there for an hour.
     */
    static final TrafficProfile TRAFFIC = new TrafficProfile(5, Map.of(1, 1.0, 2, 1.0), Duration.ofSeconds(1),
            Duration.ofSeconds(30), Duration.ofSeconds(2), Duration.ofSeconds(60), Duration.ofHours(1));

    /** What the agent at each place of a desk team is doing when the streams open (0 is the supervisor). */
    static final List<String> PLACES = List.of(
            "supervisor, not ready with a reason",
            "logged out with a reason",
            "not ready with a reason",
            "available",
            "a customer call ringing",
            "talking to a customer",
            "a customer on hold",
            "wrap-up (work ready)",
            "wrap-up, not ready next (work not ready with a reason)",
            "a customer on hold and a consultation ringing at the next agent",
            "the consultation ringing",
            "a customer on hold and a consultation answered by the next agent",
            "on the consultation",
            "calling the next agent, answered",
            "called by the previous agent",
            "in a conference with a customer and the next agent",
            "in that conference",
            "logged in, not ready without a reason",
            "logged out, never logged in",
            "available");

    private ShiftCentre() {
    }

    static String agentId(int index) {
        return String.valueOf(FIRST_AGENT + index);
    }

    static String extension(String agentId) {
        return String.valueOf(Integer.parseInt(agentId) + 1000);
    }

    /** The desk agent at a place of a team (teams from 1). */
    static String deskAgent(int team, int place) {
        return agentId((team - 1) * TEAM_SIZE + place);
    }

    static List<String> deskAgents() {
        return IntStream.range(0, DESK_AGENTS).mapToObj(ShiftCentre::agentId).toList();
    }

    static List<String> busyAgents() {
        return IntStream.range(DESK_AGENTS, AGENTS).mapToObj(ShiftCentre::agentId).toList();
    }

    static List<String> teamMembers(int team) {
        return IntStream.range(0, TEAM_SIZE).mapToObj(place -> deskAgent(team, place)).toList();
    }

    /** "1001-1500": the agents the server reads after each connection. */
    static String agentIdRange() {
        return agentId(0) + "-" + agentId(AGENTS - 1);
    }

    /** Writes the scenario (organisation, agents, traffic) as JSON in the simulator's format. */
    static Path write(Path directory) throws IOException {
        Map<String, Object> scenario = new LinkedHashMap<>();
        scenario.put("name", "shift-start");
        scenario.put("peripheralId", 5000);
        scenario.put("skillGroups", List.of(
                Map.of("number", 1, "id", 5001, "name", "Sales", "dialedNumber", "7001"),
                Map.of("number", 2, "id", 5002, "name", "Service", "dialedNumber", "7002"),
                Map.of("number", DESK_GROUP, "id", 5003, "name", "Billing", "dialedNumber", "7003")));
        List<Map<String, Object>> teams = new ArrayList<>();
        for (int team = 1; team <= DESK_TEAMS; team++) {
            teams.add(Map.of("id", team, "name", "Desk team " + team, "supervisorId", deskAgent(team, 0)));
        }
        teams.add(Map.of("id", FIRST_BUSY_TEAM, "name", "Busy team A"));
        teams.add(Map.of("id", FIRST_BUSY_TEAM + 1, "name", "Busy team B"));
        scenario.put("teams", teams);
        List<Map<String, Object>> agents = new ArrayList<>();
        for (int index = 0; index < AGENTS; index++) {
            String id = agentId(index);
            boolean desk = index < DESK_AGENTS;
            Map<String, Object> agent = new LinkedHashMap<>();
            agent.put("agentId", id);
            agent.put("extension", extension(id));
            agent.put("password", id);
            agent.put("skillGroups", desk ? List.of(DESK_GROUP) : List.of(1 + index % 2));
            agent.put("teamId", desk ? 1 + index / TEAM_SIZE : FIRST_BUSY_TEAM + index % 2);
            agent.put("supervisor", desk && index % TEAM_SIZE == 0);
            agent.put("mode", desk ? "CONTROLLED" : "SIMULATED");
            agents.add(agent);
        }
        scenario.put("agents", agents);
        // No traffic until the test starts it (ShiftCentre.TRAFFIC), so that the server hears the whole shift.
        scenario.put("traffic", Map.of("callsPerSecond", 0));
        Files.createDirectories(directory);
        Path file = directory.resolve("shift-start-scenario.json");
        Files.writeString(file, new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(scenario));
        return file;
    }

    /**
     * Puts every desk team's agents in the states and calls of {@link #PLACES}, on the switch's thread, team by team.
     * Customer calls reach the agent meant because it is the only desk agent available when its call arrives; the
     * agents who end up available become so last.
     */
    static void arrangeDesks(PbxSimulator simulator) {
        Duration ringNoAnswer = simulator.onSwitch(acd -> acd.traffic().ringNoAnswerTimeout());
        if (ringNoAnswer.compareTo(Duration.ofMinutes(10)) < 0) {
            throw new IllegalStateException("start TRAFFIC first: a customer call ringing at a desk would be taken "
                    + "back after " + ringNoAnswer);
        }
        for (int team = 1; team <= DESK_TEAMS; team++) {
            int t = team;
            simulator.onSwitch(acd -> {
                arrangeTeam(simulator, acd, t);
                return null;
            });
        }
        for (int team = 1; team <= DESK_TEAMS; team++) {
            simulator.changeAgentState(deskAgent(team, 3), AgentState.AVAILABLE, 0);
            simulator.changeAgentState(deskAgent(team, 19), AgentState.AVAILABLE, 0);
        }
    }

    private static void arrangeTeam(PbxSimulator simulator, Acd acd, int team) {
        int notReadyReason = 1 + team % 6;
        String supervisor = deskAgent(team, 0);
        logIn(simulator, acd, supervisor);
        ok(acd.setAgentState(supervisor, AgentState.NOT_READY, 4));

        String loggedOut = deskAgent(team, 1);
        logIn(simulator, acd, loggedOut);
        ok(acd.logout(loggedOut, 1 + team % 3));

        String notReady = deskAgent(team, 2);
        logIn(simulator, acd, notReady);
        ok(acd.setAgentState(notReady, AgentState.NOT_READY, notReadyReason));

        customerCall(simulator, acd, deskAgent(team, 4), team);                       // ringing
        answer(acd, customerCall(simulator, acd, deskAgent(team, 5), team), deskAgent(team, 5));
        String holding = deskAgent(team, 6);
        long held = customerCall(simulator, acd, holding, team);
        answer(acd, held, holding);
        ok(acd.hold(held, extension(holding)));

        String wrapUp = deskAgent(team, 7);
        long ended = customerCall(simulator, acd, wrapUp, team);
        answer(acd, ended, wrapUp);
        ok(acd.clearConnection(ended, extension(wrapUp)));
        String wrapUpNotReady = deskAgent(team, 8);
        long endedNotReady = customerCall(simulator, acd, wrapUpNotReady, team);
        answer(acd, endedNotReady, wrapUpNotReady);
        ok(acd.setAgentState(wrapUpNotReady, AgentState.NOT_READY, notReadyReason));  // pending until the call ends
        ok(acd.clearConnection(endedNotReady, extension(wrapUpNotReady)));

        consultation(simulator, acd, team, 9, false);
        consultation(simulator, acd, team, 11, true);

        String caller = deskAgent(team, 13);
        String called = deskAgent(team, 14);
        logIn(simulator, acd, caller);
        logIn(simulator, acd, called);
        long internal = ok(acd.makeCall(extension(caller), extension(called), CallVariables.of("internal-" + team),
                List.of())).callId();
        answer(acd, internal, called);

        String controller = deskAgent(team, 15);
        String added = deskAgent(team, 16);
        long primary = consultation(simulator, acd, team, 15, true);
        long consult = acd.calls().stream().filter(call -> call.connectionOf(extension(controller)).isPresent()
                && call.callId() != primary).findFirst().orElseThrow().callId();
        ok(acd.conference(consult, primary, extension(controller)));
        if (acd.call(primary).orElseThrow().connectionOf(extension(added)).isEmpty()) {
            throw new IllegalStateException("the conference of team " + team + " lacks agent " + added);
        }

        logIn(simulator, acd, deskAgent(team, 17));
        // place 18 stays logged out from the start; places 3 and 19 become available after every team's calls
    }

    /**
     * The agent at {@code place} talks to a customer, holds it and dials the next agent, who answers when
     * {@code answered}; returns the customer's call.
     */
    private static long consultation(PbxSimulator simulator, Acd acd, int team, int place, boolean answered) {
        String consulting = deskAgent(team, place);
        String consulted = deskAgent(team, place + 1);
        logIn(simulator, acd, consulted);
        long call = customerCall(simulator, acd, consulting, team);
        answer(acd, call, consulting);
        long consultation = ok(acd.consult(call, extension(consulting), extension(consulted), null, null)).callId();
        if (answered) {
            answer(acd, consultation, consulted);
        }
        return call;
    }

    /** A customer call for the desks' group, delivered to {@code agentId}, which is made available for it. */
    private static long customerCall(PbxSimulator simulator, Acd acd, String agentId, int team) {
        if (acd.findAgent(agentId, null, null).orElseThrow().state() == AgentState.LOGOUT) {
            logIn(simulator, acd, agentId);
        }
        ok(acd.setAgentState(agentId, AgentState.AVAILABLE, 0));
        long callId = ok(acd.injectCall(DESK_GROUP, "06" + (10_000_000 + Integer.parseInt(agentId)), "7003",
                CallVariables.of("acct-" + agentId, "team-" + team),
                List.of(new NamedVariable("user.desk", agentId))));
        CallView call = acd.call(callId).orElseThrow();
        if (call.connectionOf(extension(agentId)).isEmpty()) {
            throw new IllegalStateException("customer call " + callId + " did not ring at agent " + agentId + ": "
                    + call.connections());
        }
        return callId;
    }

    private static void answer(Acd acd, long callId, String agentId) {
        ok(acd.answer(callId, extension(agentId)));
    }

    private static void logIn(PbxSimulator simulator, Acd acd, String agentId) {
        String password = simulator.scenario().agents().stream().filter(agent -> agent.agentId().equals(agentId))
                .findFirst().orElseThrow().password();
        ok(acd.login(agentId, password, null));
    }

    private static <T> T ok(Outcome<T> outcome) {
        if (outcome instanceof Outcome.Failure<T> failure) {
            throw new IllegalStateException("the switch refused a step of the desks' set-up: " + failure.failure()
                    + ": " + failure.detail());
        }
        return ((Outcome.Success<T>) outcome).value();
    }
}
