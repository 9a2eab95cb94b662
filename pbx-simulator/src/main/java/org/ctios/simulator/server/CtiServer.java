package org.ctios.simulator.server;

import java.io.Closeable;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ctios.protocol.CtiMessage;
import org.ctios.protocol.InvokedMessage;
import org.ctios.protocol.ProtocolException;
import org.ctios.protocol.ProtocolVersion;
import org.ctios.protocol.codec.CtiCodec;
import org.ctios.protocol.message.session.CloseConf;
import org.ctios.protocol.message.session.CloseReq;
import org.ctios.protocol.message.session.FailureConf;
import org.ctios.protocol.message.session.HeartbeatConf;
import org.ctios.protocol.message.session.HeartbeatReq;
import org.ctios.protocol.message.session.OpenConf;
import org.ctios.protocol.message.session.OpenReq;
import org.ctios.protocol.types.AgentState;
import org.ctios.protocol.types.FailureStatus;
import org.ctios.simulator.acd.Acd;
import org.ctios.simulator.acd.AcdListener;
import org.ctios.simulator.acd.SimAgent;

/**
 * The CTI Server in front of the simulated ACD: accepts client sessions on its sides, applies the session rules
 * (OPEN_REQ first, heartbeats, CLOSE) and sends every ACD change to the open sessions as protocol events.
 */
public final class CtiServer implements SessionProtocol, AcdListener, Closeable {

    private static final Logger LOG = Logger.getLogger(CtiServer.class.getName());
    /** Shortest IdleTimeout a client may ask for, in seconds (E_CTI_INVALID_TIMEOUT below it). */
    private static final long MIN_IDLE_TIMEOUT = 20;
    private static final long NO_IDLE_TIMEOUT = 0xFFFF_FFFFL;
    private static final int SESSION_TYPE_ACTIVE = 1;

    private final Clock clock;
    private final SessionRegistry sessions = new SessionRegistry();
    private final AgentEventFactory agentEvents;
    private final CtiCodec eventCodec = CtiCodec.v24();
    private ServerSide sideA;

    public CtiServer(Clock clock, long peripheralId) {
        this.clock = clock;
        this.agentEvents = new AgentEventFactory(peripheralId);
    }

    /** Starts listening for side A. */
    public void startSideA(InetAddress bindAddress, int port) throws IOException {
        sideA = new ServerSide("A", bindAddress, port, this, sessions);
        sideA.start();
    }

    /** Subscribes to the ACD's changes. */
    public void attach(Acd acd) {
        acd.addListener(this);
    }

    public int sideAPort() {
        return sideA.port();
    }

    /** Number of client connections, open or not. */
    public int sessionCount() {
        return sessions.size();
    }

    /** Number of sessions past OPEN_CONF. */
    public int openSessionCount() {
        return sessions.openSessions().size();
    }

    @Override
    public void received(ClientSession session, CtiMessage message) {
        if (session.state() != SessionState.OPEN) {
            if (message instanceof OpenReq open) {
                open(session, open);
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
        } else {
            session.reply(new FailureConf(invokeIdOf(message), FailureStatus.FUNCTION_NOT_AVAILABLE.code()));
        }
    }

    private void open(ClientSession session, OpenReq request) {
        if (request.versionNumber() != ProtocolVersion.V24.number()) {
            session.replyAndClose(new FailureConf(request.invokeId(), FailureStatus.INVALID_VERSION.code()));
            return;
        }
        if (request.idleTimeout() != NO_IDLE_TIMEOUT && request.idleTimeout() < MIN_IDLE_TIMEOUT) {
            session.replyAndClose(new FailureConf(request.invokeId(), FailureStatus.INVALID_TIMEOUT.code()));
            return;
        }
        session.opened(SessionState.OPEN);
        session.reply(new OpenConf(request.invokeId(), request.servicesRequested(), 0, 0,
                clock.instant().getEpochSecond(), true, AgentEventFactory.PERIPHERAL_TYPE_ENTERPRISE_AGENT,
                AgentState.UNKNOWN.wire(), 0, SESSION_TYPE_ACTIVE, null, null, null, null, List.of()));
        LOG.info(session.name() + ": session open for client " + request.clientId());
    }

    private static long invokeIdOf(CtiMessage message) {
        return message instanceof InvokedMessage invoked ? invoked.invokeId() : 0;
    }

    @Override
    public void badMessage(ClientSession session, ProtocolException error) {
        LOG.info(session.name() + ": bad message: " + error.getMessage());
        session.reply(new FailureConf(0, FailureStatus.BAD_MESSAGE_FORMAT.code()));
    }

    @Override
    public void closed(ClientSession session) {
        sessions.remove(session);
        LOG.info(session.name() + ": session closed");
    }

    @Override
    public void agentStateChanged(SimAgent agent) {
        broadcast(agentEvents.stateEvent(agent));
    }

    /** Encodes an event once and queues it to every open session. */
    private void broadcast(CtiMessage event) {
        byte[] frame;
        synchronized (eventCodec) {
            try {
                frame = eventCodec.encode(event);
            } catch (ProtocolException e) {
                LOG.log(Level.SEVERE, "cannot encode event " + event, e);
                return;
            }
        }
        for (ClientSession session : sessions.openSessions()) {
            session.send(frame);
        }
    }

    @Override
    public void close() throws IOException {
        if (sideA != null) {
            sideA.close();
        }
        sessions.closeAll();
    }
}
