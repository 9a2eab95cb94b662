package org.ctios.simulator.server;

import java.io.Closeable;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ctios.protocol.CtiMessage;
import org.ctios.protocol.InvokedMessage;
import org.ctios.protocol.MessageType;
import org.ctios.protocol.ProtocolException;
import org.ctios.protocol.codec.CtiCodec;
import org.ctios.protocol.message.agent.QueryAgentStateReq;
import org.ctios.protocol.message.agent.SetAgentStateReq;
import org.ctios.protocol.message.session.CloseConf;
import org.ctios.protocol.message.session.CloseReq;
import org.ctios.protocol.message.session.FailureConf;
import org.ctios.protocol.message.session.HeartbeatConf;
import org.ctios.protocol.message.session.HeartbeatReq;
import org.ctios.protocol.message.session.OpenReq;
import org.ctios.protocol.types.CtiService;
import org.ctios.protocol.types.FailureStatus;
import org.ctios.simulator.acd.AcdEngine;
import org.ctios.simulator.acd.AcdEvent;
import org.ctios.simulator.acd.AcdEventListener;
import org.ctios.simulator.cti.EventEncoder;
import org.ctios.simulator.cti.RequestHandler;
import org.ctios.simulator.scenario.Scenario;

/**
 * The CTI Server in front of the simulated switch: two sides (A and B) of a duplex pair sharing one switch, the
 * session rules of the protocol (OPEN_REQ first and checked, heartbeats, the client's IdleTimeout, CLOSE), control
 * requests carried out on the switch, and every switch event sent to the sessions that subscribed to it. The faults
 * a test may inject into it are {@link ServerFaults}'s.
 */
public final class CtiServer implements SessionProtocol, AcdEventListener, Closeable {

    private static final Logger LOG = Logger.getLogger(CtiServer.class.getName());
    /** A connection that has not opened its session within this time is dropped. */
    private static final long OPEN_DEADLINE_NANOS = TimeUnit.SECONDS.toNanos(30);

    private final AcdEngine engine;
    private final SessionOpening opening;
    private final EventEncoder encoder;
    private final RequestHandler requests = new RequestHandler();
    private final SessionRegistry sessions = new SessionRegistry();
    private final ServerSides sides;
    private final ServerFaults faults;
    private final Map<MessageType, LongAdder> eventsSent = new ConcurrentHashMap<>();
    /** Encodes events; used on the switch's thread only. */
    private final CtiCodec eventCodec = CtiCodec.v24();
    private final ScheduledExecutorService watchdog;

    /**
     * @param clientPassword the ClientPassword every OPEN_REQ must carry, or {@code null} to accept any
     */
    public CtiServer(AcdEngine engine, Scenario scenario, Clock clock, InetAddress bindAddress,
                     String clientPassword) {
        this.engine = engine;
        this.opening = new SessionOpening(clock, clientPassword);
        this.encoder = new EventEncoder(scenario);
        this.sides = new ServerSides(bindAddress, this, sessions);
        this.faults = new ServerFaults(engine, sides, sessions, new EventHold(this::send));
        this.watchdog = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "cti-idle-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        watchdog.scheduleWithFixedDelay(() -> dropIdleSessions(System.nanoTime()), 1, 1, TimeUnit.SECONDS);
        engine.addListener(this);
    }

    // ---------------------------------------------------------------- sides

    /** Starts listening for a side; {@code port} 0 takes any free port. Returns the port. */
    public int startSide(String label, int port) throws IOException {
        return sides.start(label, port);
    }

    /**
     * Starts the TLS port of a started side, with the server's certificate and client certificate rule of
     * {@code tls} (the first call's hold for every side); {@code port} 0 takes any free port. Returns the port.
     */
    public int startSecureSide(String label, int port, ServerTls tls) throws IOException {
        return sides.startSecure(label, port, tls);
    }

    public int port(String label) {
        return sides.port(label);
    }

    /** The side's TLS port, or -1 when it has none. */
    public int securePort(String label) {
        return sides.securePort(label);
    }

    public boolean isSideUp(String label) {
        return sides.isUp(label);
    }

    /** The faults a test may inject: a failed side, late events, unanswered requests, malformed frames. */
    public ServerFaults faults() {
        return faults;
    }

    // ---------------------------------------------------------------- sessions

    @Override
    public void received(ClientSession session, CtiMessage message) {
        if (session.state() != SessionState.OPEN) {
            if (message instanceof OpenReq open) {
                // On the switch's thread, so no event can be queued before OPEN_CONF.
                engine.execute(acd -> opening.open(session, open, acd));
            } else {
                session.replyAndClose(new FailureConf(invokeIdOf(message), FailureStatus.SESSION_NOT_OPEN.code()));
            }
            return;
        }
        if (message instanceof HeartbeatReq heartbeat) {
            session.reply(new HeartbeatConf(heartbeat.invokeId()));
        } else if (message instanceof CloseReq close) {
            session.replyAndClose(new CloseConf(close.invokeId()));
        } else if (message instanceof OpenReq open) {
            session.reply(new FailureConf(open.invokeId(), FailureStatus.SESSION_ALREADY_OPEN.code()));
        } else if (message instanceof InvokedMessage request && RequestHandler.handles(request)) {
            if (faults.ignoresControlRequests()) {
                LOG.fine(session.name() + ": ignored " + request.messageType() + " (control requests unanswered)");
                return;
            }
            if (!mayControl(session, request)) {
                session.reply(new FailureConf(request.invokeId(), FailureStatus.FUNCTION_NOT_AVAILABLE.code()));
                return;
            }
            engine.execute(acd -> requests.handle(acd, session, request));
        } else {
            session.reply(new FailureConf(invokeIdOf(message), FailureStatus.FUNCTION_NOT_AVAILABLE.code()));
        }
    }

    /** Control needs CLIENT_CONTROL; agent state requests are also allowed with AGENT_STATE_CONTROL_ONLY. */
    private static boolean mayControl(ClientSession session, InvokedMessage request) {
        long services = session.grantedServices();
        if (CtiService.CLIENT_CONTROL.in(services)) {
            return true;
        }
        boolean agentRequest = request instanceof SetAgentStateReq || request instanceof QueryAgentStateReq;
        return agentRequest && CtiService.AGENT_STATE_CONTROL_ONLY.in(services);
    }

    private static long invokeIdOf(CtiMessage message) {
        return message instanceof InvokedMessage invoked ? invoked.invokeId() : 0;
    }

    @Override
    public void badMessage(ClientSession session, ProtocolException error, long invokeId) {
        LOG.info(session.name() + ": bad message: " + error.getMessage());
        FailureStatus status = switch (error.reason()) {
            case UNKNOWN_MESSAGE_TYPE -> FailureStatus.INVALID_MSG_TYPE_FOR_VERSION;
            case MISSING_REQUIRED_FIELD -> FailureStatus.REQUIRED_DATA_MISSING;
            case VALUE_TOO_LONG -> FailureStatus.INVALID_FIELD_LENGTH;
            default -> FailureStatus.BAD_MESSAGE_FORMAT;
        };
        session.reply(new FailureConf(invokeId, status.code()));
    }

    @Override
    public void closed(ClientSession session) {
        sessions.remove(session);
        LOG.info(session.name() + ": session closed");
    }

    /** Drops the sessions silent for longer than their IdleTimeout at {@code nowNanos} (System.nanoTime). */
    void dropIdleSessions(long nowNanos) {
        long now = nowNanos;
        for (ClientSession session : sessions.all()) {
            if (!session.isClosed() && session.isIdleSince(now, OPEN_DEADLINE_NANOS)) {
                LOG.info(session.name() + ": dropped, silent for longer than its IdleTimeout");
                session.close();
            }
        }
    }

    // ---------------------------------------------------------------- events

    /** Hands the switch's events on to the sessions (see {@link #send}), unless a fault holds them back. */
    @Override
    public void onEvents(List<AcdEvent> events) {
        faults.eventsHappened(events);
    }

    /** Encodes each switch event once and queues it to every session that subscribed to it. */
    private void send(List<AcdEvent> events) {
        List<ClientSession> open = sessions.openSessions();
        if (open.isEmpty()) {
            return;
        }
        for (AcdEvent event : events) {
            CtiMessage message = encoder.encode(event);
            byte[] frame;
            try {
                frame = eventCodec.encode(message);
            } catch (ProtocolException e) {
                LOG.log(Level.SEVERE, "cannot encode " + message, e);
                continue;
            }
            for (ClientSession session : open) {
                if (session.subscription().wants(event, message) || event instanceof AcdEvent.TeamConfigChanged team
                        && session.teamMonitors().covers(team.team().id())) {
                    session.send(frame);
                    eventsSent.computeIfAbsent(message.messageType(), type -> new LongAdder()).increment();
                }
            }
        }
    }

    // ---------------------------------------------------------------- observation

    /** Open sessions per side. */
    public Map<String, Integer> openSessionsPerSide() {
        Map<String, Integer> counts = new TreeMap<>();
        sides.labels().forEach(side -> counts.put(side, 0));
        counts.putAll(sessions.openSessionsPerSide());
        return counts;
    }

    public int openSessionCount() {
        return sessions.openSessions().size();
    }

    /** Events sent to sessions so far, per message type (an event sent to two sessions counts twice). */
    public Map<MessageType, Long> eventsSent() {
        Map<MessageType, Long> counts = new EnumMap<>(MessageType.class);
        eventsSent.forEach((type, count) -> counts.put(type, count.sum()));
        return counts;
    }

    @Override
    public void close() throws IOException {
        engine.removeListener(this);
        watchdog.shutdownNow();
        sides.closeAll();
        sessions.closeAll();
    }
}
