package org.ctios.connector.adapter.link;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import org.ctios.protocol.InvokedMessage;
import org.ctios.protocol.message.agent.QueryAgentStateConf;
import org.ctios.protocol.message.agent.QueryAgentStateReq;
import org.ctios.protocol.message.control.ControlFailureConf;
import org.ctios.protocol.message.snapshot.DeviceCall;
import org.ctios.protocol.message.snapshot.SnapshotCallConf;
import org.ctios.protocol.message.snapshot.SnapshotCallReq;
import org.ctios.protocol.message.snapshot.SnapshotDeviceConf;
import org.ctios.protocol.message.snapshot.SnapshotDeviceReq;
import org.ctios.protocol.message.team.ListAgentTeamConf;
import org.ctios.protocol.message.team.ListAgentTeamReq;
import org.ctios.protocol.message.team.MonitorAgentTeamStartConf;
import org.ctios.protocol.message.team.MonitorAgentTeamStartReq;
import org.ctios.protocol.message.team.MonitorAgentTeamStopReq;
import org.ctios.protocol.types.AgentState;
import org.ctios.protocol.types.TeamId;

/**
 * Reads the CTI Server's state after a session opens, as the protocol allows: LIST_AGENT_TEAM and a team monitor
 * per team (whose AGENT_TEAM_CONFIG_EVENTs follow in the stream), QUERY_AGENT_STATE for every known agent, SNAPSHOT_DEVICE on the instrument of every logged-in one, then SNAPSHOT_CALL for every call found there or
 * known before. A bounded window of requests is in flight at once. Runs entirely on the link's reading thread, so
 * each answer is reported at its place in the stream, before the events that follow it.
 */
final class Resync {

    private static final Logger LOG = Logger.getLogger(Resync.class.getName());
    private static final long NO_ID = 0xFFFF_FFFFL;

    /** A request still to send. */
    private interface Step {
        void send() throws IOException;
    }

    private final LinkSession session;
    private final SnapshotListener listener;
    private final long peripheralId;
    private final int window;
    private final Instant deadline;
    private final Deque<Step> steps = new ArrayDeque<>();
    private final Set<Long> callsToRead = new LinkedHashSet<>();
    private final Set<String> agentsSeen = new TreeSet<>();
    private final Set<Long> callsSeen = new TreeSet<>();
    private final Set<Long> callsAsked = new TreeSet<>();
    private int inFlight;
    private boolean callsPhase;
    private boolean finished;
    private boolean refused;
    private boolean complete;
    private int answered;
    private long teamListInvokeId;

    /**
     * @param settings the peripheral to read, the requests in flight at once, and how long it may take from
     *                 {@code startedAt}
     */
    Resync(LinkSession session, SnapshotListener listener, LinkSettings settings, Instant startedAt) {
        this.session = session;
        this.listener = listener;
        this.peripheralId = settings.peripheralId();
        this.window = settings.resyncWindow();
        this.deadline = startedAt.plus(settings.resyncTimeout());
    }

    void start(String side, Set<String> agentIds, Set<Long> knownCalls) throws IOException {
        listener.snapshotStarted(side, session.currentTime());
        callsToRead.addAll(knownCalls);
        steps.add(this::listTeams);
        for (String agentId : agentIds) {
            steps.add(() -> queryAgent(agentId));
        }
        pump();
    }

    boolean isFinished() {
        return finished;
    }

    /**
     * Finished, and the server answered every request, at least one: it is serving, not just accepting connections.
     */
    boolean finishedComplete() {
        return finished && complete && answered > 0;
    }

    /** Gives up, reporting an incomplete snapshot, when it has run past its deadline. */
    void tick(Instant now) {
        if (!finished && now.isAfter(deadline)) {
            LOG.warning("CTI resynchronisation incomplete: " + (steps.size() + inFlight) + " requests unanswered");
            finish(false);
        }
    }

    private void queryAgent(String agentId) throws IOException {
        inFlight++;
        session.sendOnReadThread(id -> new QueryAgentStateReq(id, peripheralId, 1, 0, null, agentId, null),
                reply -> onAgent(agentId, reply));
    }

    private void onAgent(String agentId, InvokedMessage reply) {
        inFlight--;
        answered++;
        if (reply instanceof QueryAgentStateConf state) {
            agentsSeen.add(agentId);
            listener.agentSnapshot(agentId, state, session.currentTime());
            String instrument = state.agentInstrument() != null ? state.agentInstrument() : state.agentExtension();
            if (instrument != null && state.agentState() != AgentState.LOGOUT.wire()) {
                steps.addFirst(() -> snapshotDevice(instrument));
            }
        } else {
            noteRefusal(reply);
        }
        advance();
    }

    private void snapshotDevice(String instrument) throws IOException {
        inFlight++;
        session.sendOnReadThread(id -> new SnapshotDeviceReq(id, peripheralId, 0, instrument), this::onDevice);
    }

    private void onDevice(InvokedMessage reply) {
        inFlight--;
        answered++;
        if (reply instanceof SnapshotDeviceConf device) {
            for (DeviceCall call : device.calls()) {
                if (call.callConnectionCallId() != null) {
                    callsToRead.add(call.callConnectionCallId());
                }
            }
        } else {
            noteRefusal(reply);
        }
        advance();
    }

    private void snapshotCall(long callId) throws IOException {
        inFlight++;
        callsAsked.add(callId);
        session.sendOnReadThread(id -> new SnapshotCallReq(id, peripheralId, callId, 0, ""),
                reply -> onCall(callId, reply));
    }

    private void onCall(long callId, InvokedMessage reply) {
        inFlight--;
        answered++;
        if (reply instanceof SnapshotCallConf call) {
            callsSeen.add(callId);
            listener.callSnapshot(callId, call, session.currentTime());
        } else {
            noteRefusal(reply);
        }
        advance();
    }

    // ---- agent teams: each team's configuration arrives as AGENT_TEAM_CONFIG_EVENT after its monitor starts

    private void listTeams() throws IOException {
        inFlight++;
        session.sendOnReadThread(id -> {
            teamListInvokeId = id;
            return new ListAgentTeamReq(id, NO_ID);
        }, this::onTeams);
    }

    /**
     * A switch that lists no teams (a refusal of any kind) leaves the snapshot whole: teams are optional, and the
     * organisation's stay. A list in several confirmations is read to its last.
     */
    private void onTeams(InvokedMessage reply) {
        answered++;
        if (reply instanceof ListAgentTeamConf list) {
            for (TeamId team : list.teamIds()) {
                if (team.teamId() != null) {
                    steps.addFirst(() -> monitorTeam(team.teamId()));
                }
            }
            if (list.moreFollow()) {
                session.expectMore(teamListInvokeId, this::onTeams);
                return;
            }
        } else {
            LOG.info("CTI resynchronisation: the CTI Server lists no agent teams (" + reply.messageType() + ")");
        }
        inFlight--;
        advance();
    }

    /** Starts the team's monitor, after stopping the one an earlier resynchronisation of this session started. */
    private void monitorTeam(long teamId) throws IOException {
        inFlight++;
        Long earlier = session.teamMonitors().remove(teamId);
        if (earlier == null) {
            startTeamMonitor(teamId);
        } else {
            session.sendOnReadThread(id -> new MonitorAgentTeamStopReq(id, earlier), stopped -> {
                try {
                    startTeamMonitor(teamId);
                } catch (IOException e) {
                    LOG.fine(() -> "resynchronisation stopped: " + e.getMessage());
                }
            });
        }
    }

    private void startTeamMonitor(long teamId) throws IOException {
        session.sendOnReadThread(id -> new MonitorAgentTeamStartReq(id, teamId), reply -> {
            inFlight--;
            answered++;
            if (reply instanceof MonitorAgentTeamStartConf started) {
                session.teamMonitors().put(teamId, started.monitorId());
            } else {
                LOG.warning("CTI resynchronisation: team " + teamId + " not monitored: " + reply);
            }
            advance();
        });
    }

    /** A CONTROL_FAILURE_CONF names an agent or call the server does not have; anything else spoils the snapshot. */
    private void noteRefusal(InvokedMessage reply) {
        if (!(reply instanceof ControlFailureConf)) {
            refused = true;
            LOG.warning("CTI resynchronisation: unexpected answer " + reply);
        }
    }

    private void advance() {
        if (finished) {
            return;
        }
        try {
            pump();
        } catch (IOException e) {
            // The link's read loop finds the broken socket on its next read and reconnects.
            LOG.fine(() -> "resynchronisation stopped: " + e.getMessage());
        }
    }

    private void pump() throws IOException {
        while (inFlight < window && !steps.isEmpty()) {
            steps.poll().send();
        }
        if (inFlight == 0 && steps.isEmpty()) {
            if (!callsPhase) {
                callsPhase = true;
                for (Long callId : callsToRead) {
                    if (callId != NO_ID) {
                        steps.add(() -> snapshotCall(callId));
                    }
                }
                pump();
            } else if (!finished) {
                finish(!refused);
            }
        }
    }

    private void finish(boolean complete) {
        finished = true;
        this.complete = complete;
        steps.clear();
        listener.snapshotCompleted(complete, agentsSeen, callsSeen, callsAsked, session.currentTime());
    }
}
