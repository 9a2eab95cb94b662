package org.ctios.simulator.server;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.ctios.protocol.ProtocolVersion;
import org.ctios.protocol.message.session.FailureConf;
import org.ctios.protocol.message.session.OpenConf;
import org.ctios.protocol.message.session.OpenReq;
import org.ctios.protocol.types.AgentState;
import org.ctios.protocol.types.CtiService;
import org.ctios.protocol.types.FailureStatus;
import org.ctios.protocol.types.PeripheralType;
import org.ctios.protocol.types.PgStatus;
import org.ctios.protocol.types.SessionType;
import org.ctios.simulator.acd.Acd;
import org.ctios.simulator.acd.AgentView;
import org.ctios.simulator.acd.Outcome;
import org.ctios.simulator.acd.TeamView;
import org.ctios.simulator.cti.Subscription;
import org.ctios.simulator.cti.TeamConfigMessages;

/**
 * The rules of opening a session: which OPEN_REQ is refused, with which failure, and the services and OPEN_CONF of one
 * that is accepted. Called on the switch's thread, so that no event can reach the session before its OPEN_CONF.
 */
final class SessionOpening {

    private static final Logger LOG = Logger.getLogger(SessionOpening.class.getName());
    /** Shortest IdleTimeout a client may ask for, in seconds (E_CTI_INVALID_TIMEOUT below it). */
    private static final long MIN_IDLE_TIMEOUT = 20;
    private static final long NO_IDLE_TIMEOUT = 0xFFFF_FFFFL;
    private static final long ALL_PERIPHERALS = 0xFFFF_FFFFL;
    private static final long SUPPORTED_SERVICES = CtiService.mask(CtiService.CLIENT_EVENTS,
            CtiService.CALL_DATA_UPDATE, CtiService.CLIENT_CONTROL, CtiService.ALL_EVENTS, CtiService.SUPERVISOR,
            CtiService.AGENT_STATE_CONTROL_ONLY);

    private final Clock clock;
    private final String clientPassword;

    /**
     * @param clientPassword the ClientPassword every OPEN_REQ must carry, or {@code null} to accept any
     */
    SessionOpening(Clock clock, String clientPassword) {
        this.clock = clock;
        this.clientPassword = clientPassword;
    }

    /** Answers an OPEN_REQ: FAILURE_CONF and the connection closes, or the session opens with OPEN_CONF. */
    void open(ClientSession session, OpenReq request, Acd acd) {
        Optional<FailureStatus> refusal = refusal(request);
        Optional<AgentView> agent = Optional.empty();
        boolean agentMode = !CtiService.ALL_EVENTS.in(request.servicesRequested())
                && CtiService.CLIENT_EVENTS.in(request.servicesRequested());
        if (refusal.isEmpty() && agentMode) {
            agent = acd.findAgent(request.agentId(), request.agentExtension(), request.agentInstrument());
            if (request.agentId() == null && request.agentExtension() == null && request.agentInstrument() == null) {
                refusal = Optional.of(FailureStatus.REQUIRED_DATA_MISSING);
            } else if (agent.isEmpty()) {
                refusal = Optional.of(FailureStatus.INVALID_AGENT_DATA);
            } else if (request.peripheralId() != ALL_PERIPHERALS && request.peripheralId() != acd.peripheralId()) {
                refusal = Optional.of(FailureStatus.INVALID_PERIPHERAL_ID);
            }
        }
        if (refusal.isPresent()) {
            LOG.info(session.name() + ": OPEN_REQ of '" + request.clientId() + "' refused with "
                    + FailureStatus.describe(refusal.get().code()));
            session.replyAndClose(new FailureConf(request.invokeId(), refusal.get().code()));
            return;
        }
        long granted = request.servicesRequested() & SUPPORTED_SERVICES;
        session.opened(granted, Subscription.of(request, agent.map(AgentView::agentId)), request.idleTimeout());
        session.named(request.clientId());
        boolean online = acd.isPeripheralOnline();
        session.reply(new OpenConf(request.invokeId(), granted, 0, online ? 0 : PgStatus.PERIPHERAL_OFFLINE.bit(),
                clock.instant().getEpochSecond(), online, PeripheralType.ENTERPRISE_AGENT.wire(),
                agent.map(a -> a.state().wire()).orElse(AgentState.UNKNOWN.wire()), 0, SessionType.ACTIVE.wire(),
                agent.map(AgentView::extension).orElse(null), agent.map(AgentView::agentId).orElse(null),
                agent.map(AgentView::instrument).orElse(null), null, List.of()));
        if (agent.isPresent() && CtiService.SUPERVISOR.in(granted)
                && acd.teamsSupervisedBy(agent.get().agentId()) instanceof Outcome.Success<List<TeamView>> teams) {
            // A supervisor session hears its teams' configuration right after it opens, as the guide says.
            teams.value().forEach(team -> TeamConfigMessages.wholeTeam(acd.peripheralId(), team)
                    .forEach(session::reply));
        }
        LOG.info(session.name() + ": session open for client '" + request.clientId() + "'"
                + agent.map(a -> " (agent " + a.agentId() + ")").orElse(""));
    }

    /** Why an OPEN_REQ cannot be accepted, if it cannot. */
    private Optional<FailureStatus> refusal(OpenReq request) {
        long services = request.servicesRequested();
        if (request.versionNumber() != ProtocolVersion.V24.number()) {
            return Optional.of(FailureStatus.INVALID_VERSION);
        }
        if (request.idleTimeout() != NO_IDLE_TIMEOUT && request.idleTimeout() < MIN_IDLE_TIMEOUT) {
            return Optional.of(FailureStatus.INVALID_TIMEOUT);
        }
        if (request.clientId().isBlank()) {
            return Optional.of(FailureStatus.REQUIRED_DATA_MISSING);
        }
        if (clientPassword != null && !clientPassword.equals(new String(request.clientPassword().toByteArray(),
                StandardCharsets.ISO_8859_1))) {
            return Optional.of(FailureStatus.INVALID_PASSWORD);
        }
        boolean allEvents = CtiService.ALL_EVENTS.in(services);
        boolean clientEvents = CtiService.CLIENT_EVENTS.in(services);
        if ((allEvents && clientEvents) || (services & SUPPORTED_SERVICES) == 0) {
            return Optional.of(FailureStatus.INVALID_SERVICE_MASK);
        }
        return Optional.empty();
    }
}
