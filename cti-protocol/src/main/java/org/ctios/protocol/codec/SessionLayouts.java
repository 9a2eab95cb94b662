package org.ctios.protocol.codec;

import java.util.List;
import org.ctios.protocol.MessageType;
import org.ctios.protocol.ProtocolVersion;
import org.ctios.protocol.message.session.CloseConf;
import org.ctios.protocol.message.session.CloseReq;
import org.ctios.protocol.message.session.FailureConf;
import org.ctios.protocol.message.session.FailureEvent;
import org.ctios.protocol.message.session.HeartbeatConf;
import org.ctios.protocol.message.session.HeartbeatReq;
import org.ctios.protocol.message.session.OpenConf;
import org.ctios.protocol.message.session.OpenReq;
import org.ctios.protocol.message.system.SystemEvent;

/** Layouts of the session messages (FAILURE, OPEN, HEARTBEAT and CLOSE) and of SYSTEM_EVENT. */
final class SessionLayouts {

    private static final Layout<OpenConf.Peripheral> PERIPHERAL = Layout.entry(OpenConf.Peripheral.class)
            .u32("peripheralId", Tag.FLT_PERIPHERAL_ID).u16("multilineAgentControl", Tag.MULTILINE_AGENT_CONTROL);

    static final List<Layout<?>> ALL = List.of(
            // FAILURE_CONF and FAILURE_EVENT: InvokeID and Status, and Status, as the reference samples show.
            Layout.of(MessageType.FAILURE_CONF, FailureConf.class)
                    .u32("invokeId").u32("status"),
            Layout.of(MessageType.FAILURE_EVENT, FailureEvent.class).u32("status"),
            // UniqueInstanceID (version 24) is neither sent nor read: its tag is not in the guide's table.
            Layout.of(MessageType.OPEN_REQ, OpenReq.class)
                    .u32("invokeId").u32("versionNumber").u32("idleTimeout").u32("peripheralId")
                    .u32("servicesRequested").u32("callMsgMask").u32("agentStateMask").u32("configMsgMask")
                    .u32("reserved1").u32("reserved2").u32("reserved3")
                    .string("clientId", Tag.CLIENT_ID, 64).required("ClientID")
                    .unspec("clientPassword", Tag.CLIENT_PASSWORD, 64).required("ClientPassword")
                    .string("clientSignature", Tag.CLIENT_SIGNATURE, 64)
                    .string("agentExtension", Tag.AGENT_EXTENSION, 16).string("agentId", Tag.AGENT_ID, 12)
                    .string("agentInstrument", Tag.AGENT_INSTRUMENT, 64)
                    .int32("applicationPathId", Tag.APPLICATION_PATH_ID),
            // SessionType ends the fixed part from version 24 on; version 20 has none (its sample is 30 bytes).
            Layout.of(MessageType.OPEN_CONF, OpenConf.class)
                    .u32("invokeId").u32("servicesGranted").u32("monitorId").u32("pgStatus")
                    .u32("icmCentralControllerTime").bool("peripheralOnline").u16("peripheralType")
                    .u16("agentState").int32("departmentId")
                    .u16("sessionType").since(ProtocolVersion::hasOpenConfSessionType)
                    .string("agentExtension", Tag.AGENT_EXTENSION, 16).string("agentId", Tag.AGENT_ID, 12)
                    .string("agentInstrument", Tag.AGENT_INSTRUMENT, 64).u16("numPeripherals", Tag.NUM_PERIPHERALS)
                    .group("peripherals", PERIPHERAL),
            Layout.invokeIdOnly(MessageType.HEARTBEAT_REQ, HeartbeatReq.class),
            Layout.invokeIdOnly(MessageType.HEARTBEAT_CONF, HeartbeatConf.class),
            Layout.of(MessageType.CLOSE_REQ, CloseReq.class)
                    .u32("invokeId").u32("status"),
            Layout.invokeIdOnly(MessageType.CLOSE_CONF, CloseConf.class),
            Layout.of(MessageType.SYSTEM_EVENT, SystemEvent.class)
                    .u32("pgStatus").u32("icmCentralControllerTime").u32("systemEventId").u32("systemEventArg1")
                    .u32("systemEventArg2").u32("systemEventArg3").u16("eventDeviceType")
                    .string("text", Tag.TEXT, 255).string("eventDeviceId", Tag.EVENT_DEVICE_ID, 64));
}
