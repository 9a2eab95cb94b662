package org.ctios.connector.api;

import java.util.Collection;
import java.util.List;
import org.ctios.protocol.message.statistics.AgentStatistics;
import org.ctios.protocol.message.statistics.SkillGroupStatistics;
import org.ctios.protocol.types.AgentState;
import org.ctios.protocol.types.CallVariables;
import org.ctios.protocol.types.ConsultType;
import org.ctios.protocol.types.Distribution;
import org.ctios.protocol.types.NamedVariable;
import org.ctios.protocol.types.SupervisoryAction;

/**
 * Control requests to the CTI Server. Each waits for its confirmation, within the connector's request timeout, and
 * returns when the CTI Server confirmed it; the events the request causes follow through the listener. Requests on
 * the same call or the same agent's device are serialised: the next is sent when the previous is confirmed.
 *
 * <p>Failures are unchecked: {@link CtiLinkDownException} (sent nothing: the link is down),
 * {@link CtiTimeoutException} and {@link CtiRequestRefusedException} (with the CTI Server's failure code).
 */
public interface CtiConnection extends AutoCloseable {

    // ---- agents

    /** Logs an agent in on an instrument (SET_AGENT_STATE_REQ, LOGIN). */
    void login(String agentId, String instrument, String password);

    /** Logs an agent out with a reason code (0 for none). */
    void logout(String agentId, String instrument, int reasonCode);

    /** Sets AVAILABLE, NOT_READY (with a reason code), WORK_READY or WORK_NOT_READY. */
    void setAgentState(String agentId, String instrument, AgentState state, int reasonCode);

    AgentStateInfo queryAgentState(String agentId);

    // ---- calls, acting at a device (the agent's instrument or extension)

    void answer(long callId, String device);

    /** Drops the device from the call (CLEAR_CONNECTION_REQ). */
    void release(long callId, String device);

    void hold(long callId, String device);

    void retrieve(long callId, String device);

    /** Dials from the instrument; returns the new call's id. */
    long makeCall(String instrument, String dialedNumber, CallVariables callVariables, List<NamedVariable> ecc);

    /**
     * Holds the active call and dials a consultation call, for a transfer or a conference to follow; returns the
     * consultation call's id.
     */
    long consult(long activeCallId, String device, String dialedNumber, ConsultType purpose);

    /** Completes a consultation transfer; returns the resulting call's id. */
    long transfer(long activeCallId, long heldCallId, String device);

    /** Transfers the call to a number without consulting first; returns the call's id. */
    long singleStepTransfer(long callId, String device, String dialedNumber);

    /** Joins the held and the active call; returns the conference call's id. */
    long conference(long activeCallId, long heldCallId, String device);

    /**
     * Holds the active call and retrieves the held one at the device, in one step on the switch
     * (ALTERNATE_CALL_REQ): what a desktop's "swap" between a customer and a consulted colleague does.
     */
    void alternate(long activeCallId, long heldCallId, String device);

    /**
     * Hangs the device up on its active call and retrieves its held call, in one step on the switch
     * (RECONNECT_CALL_REQ): an agent abandoning a consultation to go back to the customer.
     */
    void reconnect(long activeCallId, long heldCallId, String device);

    /** Ends the whole call for every party on it (CLEAR_CALL_REQ); the device must be one of them. */
    void clearCall(long callId, String device);

    /** Sends a call ringing at the device to another number instead (DEFLECT_CALL_REQ). */
    void deflect(long callId, String device, String destination);

    /**
     * Plays DTMF tones on the call connected at the device (SEND_DTMF_SIGNAL_REQ), at the switch's default tone
     * and pause lengths. At most 31 characters; which characters the switch plays is its own business (the
     * simulator's: {@code 0-9 * # A-D}).
     */
    void sendDtmf(long callId, String device, String digits);

    /** Starts recording the call connected at the device (START_RECORDING_REQ); keep the answer to stop it. */
    RecordingSession startRecording(long callId, String device);

    /** Stops a recording (STOP_RECORDING_REQ); {@link RecordingSession#anyServer} when its start was not kept. */
    void stopRecording(RecordingSession recording);

    /** Marks the call as a bad line (BAD_CALL_REQ), for the system to record its trunk and device data. */
    void reportBadCall(long callId, String device);

    /**
     * Sends a text to other CTI Server clients (USER_MESSAGE_REQ), who hear it as a user message event:
     * {@code distribution} CLIENT to the client {@code clientId}, SUPERVISOR to the supervisors of agent
     * {@code agentId}'s team, TEAM to that agent's team, ALL to every client. The text holds 1 to 254 characters.
     */
    void sendUserMessage(Distribution distribution, String clientId, String agentId, String text);

    /**
     * The agent teams a supervisor may monitor (LIST_AGENT_TEAM_REQ): {@code supervisorId} is its agent id, or null
     * for every team the CTI Server lets this monitor-mode session see.
     */
    AgentTeamList listAgentTeams(String supervisorId);

    /**
     * Starts monitoring a team (MONITOR_AGENT_TEAM_START_REQ): the team's configuration follows as a
     * {@link org.ctios.connector.api.event.TeamConfigured} event, then each change of it. Answers the MonitorID.
     */
    long startTeamMonitor(long teamId);

    /** Stops a team monitor (MONITOR_AGENT_TEAM_STOP_REQ). */
    void stopTeamMonitor(long monitorId);

    /** Sets call variables (those given replace the call's) and ECC variables, and wrap-up data when not null. */
    void setCallData(long callId, CallVariables callVariables, List<NamedVariable> ecc, String callWrapupData);

    CallInfo snapshotCall(long callId);

    List<DeviceCall> snapshotDevice(String instrument);

    /** A supervisor acts on an agent's current call; returns the call's id. */
    long supervise(String supervisorInstrument, String agentId, SupervisoryAction action);

    /**
     * The agent at the instrument asks its team's supervisor for help (SUPERVISOR_ASSIST_REQ) about its current call;
     * returns the call the confirmation names, 0xFFFFFFFF for none. Refused (FAILURE_CONF) when no supervisor is
     * found.
     */
    long supervisorAssist(String agentInstrument);

    /** As {@link #supervisorAssist}, for an emergency (EMERGENCY_CALL_REQ): every supervisor client hears of it. */
    long emergencyCall(String agentInstrument);

    SkillGroupStatistics skillGroupStatistics(long skillGroupNumber);

    /**
     * An agent's call-handling statistics since its login and today, as the switch counts them
     * (QUERY_AGENT_STATISTICS). The guide asks clients not to poll it often: callers limit how often they ask.
     */
    AgentStatistics agentStatistics(String agentId);

    // ---- the link

    /**
     * Adds agents and calls to those the connector reads when it resynchronises after (re)connecting, and
     * resynchronises at once when any is new. The CTI Server cannot list its agents and calls, so an application
     * hands over those it remembers (from its database, from before a restart); the connector adds every one it sees
     * in an event itself.
     */
    void watch(Collection<String> agentIds, Collection<Long> callIds);

    /**
     * Opens the link if it waits to be held: in a cluster (the adapter's {@code clustered} property), the link opens
     * only on the server the application elected, so that one server holds it at a time. Does nothing when the link
     * is already held. The link resynchronises as it opens; {@link #watch} before this names what to read.
     *
     * @param afterEpoch the highest event epoch ({@code EventOrigin.epoch}) the application has stored, from an
     *                   earlier holder: this holding's events get a higher one, so that they come after every event
     *                   applied before whatever the servers' clocks say
     * @return true when this call opened it
     */
    boolean holdLink(long afterEpoch);

    /**
     * Closes the link at once and puts it back on standby: what a server of a cluster does when it lost the right to
     * hold it (its lease expired, another server holds it now). {@link #holdLink} opens it again. Events already read
     * are still delivered, and the application refuses them. Does nothing when the link is not held.
     */
    void releaseLink();

    LinkStatus linkStatus();

    /** The newest events whose delivery failed every attempt, oldest first. */
    List<DeadLetter> deadLetters();

    /** Releases the connection to its pool; it cannot be used afterwards. */
    @Override
    void close();
}
