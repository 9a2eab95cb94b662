package org.ctios.simulator.replay;

import java.time.Clock;
import java.util.List;
import org.ctios.protocol.CtiMessage;
import org.ctios.protocol.InvokedMessage;
import org.ctios.protocol.message.agent.QueryAgentStateReq;
import org.ctios.protocol.message.control.ControlFailureConf;
import org.ctios.protocol.message.session.CloseConf;
import org.ctios.protocol.message.session.CloseReq;
import org.ctios.protocol.message.session.HeartbeatConf;
import org.ctios.protocol.message.session.HeartbeatReq;
import org.ctios.protocol.message.session.OpenConf;
import org.ctios.protocol.message.session.OpenReq;
import org.ctios.protocol.message.snapshot.SnapshotCallReq;
import org.ctios.protocol.message.snapshot.SnapshotDeviceReq;
import org.ctios.protocol.types.AgentState;
import org.ctios.protocol.types.ControlFailureCode;
import org.ctios.protocol.types.PeripheralType;
import org.ctios.protocol.types.SessionType;

/**
 * What the replay server answers: OPEN_CONF with the peripheral online, as the simulator's CTI Server does for a
 * monitor-mode session; HEARTBEAT_CONF; CLOSE_CONF; and CONTROL_FAILURE_CONF for every other request, since the
 * replay server knows no agent, device or call (the connector takes that as "unknown" and completes its snapshot).
 */
final class ReplayAnswers {

    private final Clock clock;

    ReplayAnswers(Clock clock) {
        this.clock = clock;
    }

    /** The answer to a message from the client, or {@code null} when it needs none. */
    CtiMessage answer(CtiMessage message) {
        if (message instanceof OpenReq open) {
            return new OpenConf(open.invokeId(), open.servicesRequested(), 0, 0, clock.instant().getEpochSecond(),
                    true, PeripheralType.ENTERPRISE_AGENT.wire(), AgentState.UNKNOWN.wire(), 0,
                    SessionType.ACTIVE.wire(), null, null, null, null, List.of());
        }
        if (message instanceof HeartbeatReq heartbeat) {
            return new HeartbeatConf(heartbeat.invokeId());
        }
        if (message instanceof CloseReq close) {
            return new CloseConf(close.invokeId());
        }
        if (message instanceof InvokedMessage request) {
            return new ControlFailureConf(request.invokeId(), failureCode(request).wire(), 0);
        }
        return null;
    }

    private static ControlFailureCode failureCode(InvokedMessage request) {
        if (request instanceof QueryAgentStateReq) {
            return ControlFailureCode.INVALID_AGENT_ID_SPECIFIED;
        }
        if (request instanceof SnapshotDeviceReq) {
            return ControlFailureCode.INVALID_CSTA_DEVICE_IDENTIFIER;
        }
        if (request instanceof SnapshotCallReq) {
            return ControlFailureCode.INVALID_CSTA_CALL_IDENTIFIER;
        }
        return ControlFailureCode.GENERIC_UNSPECIFIED;
    }
}
