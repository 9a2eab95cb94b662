package org.ctios.connector.adapter.outbound;

import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.ctios.connector.adapter.runtime.CtiConnector;
import org.ctios.connector.api.AgentStateInfo;
import org.ctios.connector.api.AgentTeamList;
import org.ctios.connector.api.CallInfo;
import org.ctios.connector.api.CtiConnection;
import org.ctios.connector.api.CtiLinkDownException;
import org.ctios.connector.api.DeadLetter;
import org.ctios.connector.api.DeviceCall;
import org.ctios.connector.api.LinkStatus;
import org.ctios.connector.api.RecordingSession;
import org.ctios.protocol.message.statistics.AgentStatistics;
import org.ctios.protocol.message.statistics.SkillGroupStatistics;
import org.ctios.protocol.types.AgentState;
import org.ctios.protocol.types.CallVariables;
import org.ctios.protocol.types.ConsultType;
import org.ctios.protocol.types.Distribution;
import org.ctios.protocol.types.NamedVariable;
import org.ctios.protocol.types.SupervisoryAction;

/** The connection the application holds: valid until closed, and passes each request to the connector. */
final class CtiConnectionHandle implements CtiConnection {

    private volatile CtiManagedConnection managedConnection;
    private volatile boolean closed;

    CtiConnectionHandle(CtiManagedConnection managedConnection) {
        this.managedConnection = managedConnection;
    }

    CtiManagedConnection managedConnection() {
        return managedConnection;
    }

    void associate(CtiManagedConnection connection) {
        this.managedConnection = connection;
    }

    /** The pool took the connection back: this handle may not be used again. */
    void invalidate() {
        closed = true;
    }

    private <T> T request(Function<CtiConnector, T> request) {
        if (closed) {
            throw new IllegalStateException("this CTI connection is closed");
        }
        CtiManagedConnection connection = managedConnection;
        try {
            return request.apply(connection.connector());
        } catch (CtiLinkDownException e) {
            connection.failed(this, e);
            throw e;
        }
    }

    private void run(Consumer<CtiConnector> request) {
        request(connector -> {
            request.accept(connector);
            return null;
        });
    }

    @Override
    public void login(String agentId, String instrument, String password) {
        run(c -> c.controls().login(agentId, instrument, password));
    }

    @Override
    public void logout(String agentId, String instrument, int reasonCode) {
        run(c -> c.controls().logout(agentId, instrument, reasonCode));
    }

    @Override
    public void setAgentState(String agentId, String instrument, AgentState state, int reasonCode) {
        run(c -> c.controls().setAgentState(agentId, instrument, state, reasonCode));
    }

    @Override
    public AgentStateInfo queryAgentState(String agentId) {
        return request(c -> c.controls().queryAgentState(agentId));
    }

    @Override
    public void answer(long callId, String device) {
        run(c -> c.controls().answer(callId, device));
    }

    @Override
    public void release(long callId, String device) {
        run(c -> c.controls().release(callId, device));
    }

    @Override
    public void hold(long callId, String device) {
        run(c -> c.controls().hold(callId, device));
    }

    @Override
    public void retrieve(long callId, String device) {
        run(c -> c.controls().retrieve(callId, device));
    }

    @Override
    public long makeCall(String instrument, String dialedNumber, CallVariables callVariables,
                         List<NamedVariable> ecc) {
        return request(c -> c.controls().makeCall(instrument, dialedNumber, callVariables, ecc));
    }

    @Override
    public long consult(long activeCallId, String device, String dialedNumber, ConsultType purpose) {
        return request(c -> c.controls().consult(activeCallId, device, dialedNumber, purpose));
    }

    @Override
    public long transfer(long activeCallId, long heldCallId, String device) {
        return request(c -> c.controls().transfer(activeCallId, heldCallId, device));
    }

    @Override
    public long singleStepTransfer(long callId, String device, String dialedNumber) {
        return request(c -> c.controls().singleStepTransfer(callId, device, dialedNumber));
    }

    @Override
    public long conference(long activeCallId, long heldCallId, String device) {
        return request(c -> c.controls().conference(activeCallId, heldCallId, device));
    }

    @Override
    public void alternate(long activeCallId, long heldCallId, String device) {
        run(c -> c.controls().alternate(activeCallId, heldCallId, device));
    }

    @Override
    public void reconnect(long activeCallId, long heldCallId, String device) {
        run(c -> c.controls().reconnect(activeCallId, heldCallId, device));
    }

    @Override
    public void clearCall(long callId, String device) {
        run(c -> c.controls().clearCall(callId, device));
    }

    @Override
    public void deflect(long callId, String device, String destination) {
        run(c -> c.controls().deflect(callId, device, destination));
    }

    @Override
    public void sendDtmf(long callId, String device, String digits) {
        run(c -> c.controls().sendDtmf(callId, device, digits));
    }

    @Override
    public RecordingSession startRecording(long callId, String device) {
        return request(c -> c.controls().startRecording(callId, device));
    }

    @Override
    public void stopRecording(RecordingSession recording) {
        run(c -> c.controls().stopRecording(recording));
    }

    @Override
    public void reportBadCall(long callId, String device) {
        run(c -> c.controls().reportBadCall(callId, device));
    }

    @Override
    public void sendUserMessage(Distribution distribution, String clientId, String agentId, String text) {
        run(c -> c.controls().sendUserMessage(distribution, clientId, agentId, text));
    }

    @Override
    public AgentTeamList listAgentTeams(String supervisorId) {
        return request(c -> c.controls().listAgentTeams(supervisorId));
    }

    @Override
    public long startTeamMonitor(long teamId) {
        return request(c -> c.controls().startTeamMonitor(teamId));
    }

    @Override
    public void stopTeamMonitor(long monitorId) {
        run(c -> c.controls().stopTeamMonitor(monitorId));
    }

    @Override
    public void setCallData(long callId, CallVariables callVariables, List<NamedVariable> ecc,
                            String callWrapupData) {
        run(c -> c.controls().setCallData(callId, callVariables, ecc, callWrapupData));
    }

    @Override
    public CallInfo snapshotCall(long callId) {
        return request(c -> c.controls().snapshotCall(callId));
    }

    @Override
    public List<DeviceCall> snapshotDevice(String instrument) {
        return request(c -> c.controls().snapshotDevice(instrument));
    }

    @Override
    public long supervise(String supervisorInstrument, String agentId, SupervisoryAction action) {
        return request(c -> c.controls().supervise(supervisorInstrument, agentId, action));
    }

    @Override
    public long supervisorAssist(String agentInstrument) {
        return request(c -> c.controls().supervisorAssist(agentInstrument));
    }

    @Override
    public long emergencyCall(String agentInstrument) {
        return request(c -> c.controls().emergencyCall(agentInstrument));
    }

    @Override
    public SkillGroupStatistics skillGroupStatistics(long skillGroupNumber) {
        return request(c -> c.controls().skillGroupStatistics(skillGroupNumber));
    }

    @Override
    public AgentStatistics agentStatistics(String agentId) {
        return request(c -> c.controls().agentStatistics(agentId));
    }

    @Override
    public void watch(Collection<String> agentIds, Collection<Long> callIds) {
        run(c -> c.watch(agentIds, callIds));
    }

    @Override
    public boolean holdLink(long afterEpoch) {
        return request(connector -> connector.holdLink(afterEpoch));
    }

    @Override
    public void releaseLink() {
        run(CtiConnector::releaseLink);
    }

    @Override
    public LinkStatus linkStatus() {
        return request(CtiConnector::status);
    }

    @Override
    public List<DeadLetter> deadLetters() {
        return request(CtiConnector::deadLetters);
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            managedConnection.closed(this);
        }
    }
}
