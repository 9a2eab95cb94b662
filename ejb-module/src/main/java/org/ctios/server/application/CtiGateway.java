package org.ctios.server.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import org.ctios.connector.api.CtiConnection;
import org.ctios.connector.api.CtiConnectionFactory;
import org.ctios.connector.api.LinkStatus;
import org.ctios.protocol.message.statistics.AgentStatistics;
import org.ctios.protocol.message.statistics.SkillGroupStatistics;
import org.ctios.protocol.types.AgentState;
import org.ctios.protocol.types.CallVariables;
import org.ctios.protocol.types.Distribution;
import org.ctios.protocol.types.NamedVariable;
import org.ctios.protocol.types.SupervisoryAction;
import org.ctios.server.api.CtiLink;

/**
 * The one way from the object server to the CTI Server: every desk's requests (agents, calls, supervision) and the
 * link's own (watch lists, holding the link) go through here. A request returns once the CTI Server confirmed it;
 * the stored state changes when the resulting event arrives, as for a change made at the phone. A CDI bean, not an
 * EJB: no transaction (a CTI request cannot be rolled back, and none should hold a database connection while it
 * waits), and the connector's typed exceptions reach the caller unwrapped.
 */
@ApplicationScoped
public class CtiGateway implements CtiLink {

    // The factory the RAR's deployment defines for every application (cti-connector-rar/README.md, "Outbound
    // control"): the one other applications of the server use too.
    @Resource(lookup = CtiConnectionFactory.JNDI_NAME)
    private CtiConnectionFactory cti;

    /** Logs the agent in on an instrument. */
    public void login(String agentId, String instrument, String password) {
        try (CtiConnection connection = cti.getConnection()) {
            connection.login(agentId, instrument, password);
        }
    }

    /** Any other state: AVAILABLE, NOT_READY, WORK_READY, WORK_NOT_READY or LOGOUT, with a reason code. */
    public void changeState(String agentId, String instrument, AgentState state, int reasonCode) {
        try (CtiConnection connection = cti.getConnection()) {
            if (state == AgentState.LOGOUT) {
                connection.logout(agentId, instrument, reasonCode);
            } else {
                connection.setAgentState(agentId, instrument, state, reasonCode);
            }
        }
    }

    /** A supervisor at that instrument acts on the agent's current call; returns the call's id. */
    public long supervise(String supervisorInstrument, String agentId, SupervisoryAction action) {
        try (CtiConnection connection = cti.getConnection()) {
            return connection.supervise(supervisorInstrument, agentId, action);
        }
    }

    /**
     * The agent at the instrument asks its team's supervisor for help, or declares an emergency, about its current
     * call; returns the call the CTI Server names ({@code 0xFFFFFFFF} for none).
     */
    public long askForHelp(String agentInstrument, boolean emergency) {
        try (CtiConnection connection = cti.getConnection()) {
            return emergency ? connection.emergencyCall(agentInstrument) : connection.supervisorAssist(agentInstrument);
        }
    }

    /** The agent's statistics since login and today, as the switch counts them. */
    public AgentStatistics agentStatistics(String agentId) {
        try (CtiConnection connection = cti.getConnection()) {
            return connection.agentStatistics(agentId);
        }
    }

    /** The skill group's statistics now, in the last five minutes, this half hour and today, as the switch has them. */
    public SkillGroupStatistics skillGroupStatistics(long skillGroupNumber) {
        try (CtiConnection connection = cti.getConnection()) {
            return connection.skillGroupStatistics(skillGroupNumber);
        }
    }

    /** Sends a user message (USER_MESSAGE_REQ) as the connector's {@code sendUserMessage} describes it. */
    public void sendUserMessage(Distribution distribution, String clientId, String agentId, String text) {
        try (CtiConnection connection = cti.getConnection()) {
            connection.sendUserMessage(distribution, clientId, agentId, text);
        }
    }

    /** Dials the destination from the device; returns the new call's id. */
    public long makeCall(String device, String destination, CallVariables variables, List<NamedVariable> ecc) {
        try (CtiConnection connection = cti.getConnection()) {
            return connection.makeCall(device, destination, variables, ecc);
        }
    }

    /** Sets the call's variables, ECC variables and (when not null) wrap-up data. */
    public void setCallData(long callId, CallVariables variables, List<NamedVariable> ecc, String wrapupData) {
        try (CtiConnection connection = cti.getConnection()) {
            connection.setCallData(callId, variables, ecc, wrapupData);
        }
    }

    /**
     * Sends the steps in order on one connection, each once the previous one is confirmed; returns the call the
     * last step that names one resulted in, or {@link CtiStep#NO_CALL}.
     */
    public long send(List<CtiStep> steps) {
        long result = CtiStep.NO_CALL;
        try (CtiConnection connection = cti.getConnection()) {
            for (CtiStep step : steps) {
                long named = step.send(connection);
                if (named != CtiStep.NO_CALL) {
                    result = named;
                }
            }
        }
        return result;
    }

    /** Hands agents and calls to the connector, to be read at every resynchronisation (now, if any is new). */
    public void watch(Collection<String> agentIds, Collection<Long> callIds) {
        try (CtiConnection connection = cti.getConnection()) {
            connection.watch(agentIds, callIds);
        }
    }

    /**
     * Opens the link if it waits on standby (in a cluster, on the server elected to hold it), its events stamped after
     * {@code afterEpoch}.
     */
    public boolean holdLink(long afterEpoch) {
        try (CtiConnection connection = cti.getConnection()) {
            return connection.holdLink(afterEpoch);
        }
    }

    /** Closes the link for good: this server lost the right to hold it (see {@code CtiConnection.releaseLink}). */
    public void releaseLink() {
        try (CtiConnection connection = cti.getConnection()) {
            connection.releaseLink();
        }
    }

    @Override
    public LinkStatus linkStatus() {
        return cti.linkStatus();
    }
}
