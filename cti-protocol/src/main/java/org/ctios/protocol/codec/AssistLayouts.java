package org.ctios.protocol.codec;

import java.util.List;
import org.ctios.protocol.MessageType;
import org.ctios.protocol.message.control.EmergencyCallConf;
import org.ctios.protocol.message.control.EmergencyCallEvent;
import org.ctios.protocol.message.control.EmergencyCallReq;
import org.ctios.protocol.message.control.SupervisorAssistConf;
import org.ctios.protocol.message.control.SupervisorAssistEvent;
import org.ctios.protocol.message.control.SupervisorAssistReq;

/**
 * Layouts of an agent's calls for help: supervisor assist and emergency call (ged188-layouts-more.md, section 3).
 * SUPERVISOR_ASSIST_EVENT is inferred (see its record).
 */
final class AssistLayouts {

    static final List<Layout<?>> ALL = List.of(
            help(Layout.of(MessageType.SUPERVISOR_ASSIST_REQ, SupervisorAssistReq.class)),
            confirmation(Layout.of(MessageType.SUPERVISOR_ASSIST_CONF, SupervisorAssistConf.class)),
            Layout.of(MessageType.SUPERVISOR_ASSIST_EVENT, SupervisorAssistEvent.class)
                    .u32("peripheralId").u32("connectionCallId").u16("connectionDeviceIdType").u32("sessionId")
                    .string("connectionDeviceId", Tag.CONNECTION_DEVICE_ID, 64).required("ConnectionDeviceID")
                    .string("clientId", Tag.CLIENT_ID, 64).required("ClientID")
                    .string("text", Tag.TEXT, 255).string("clientAddress", Tag.CLIENT_ADDRESS, 64)
                    .string("agentExtension", Tag.AGENT_EXTENSION, 16).string("agentId", Tag.AGENT_ID, 12)
                    .string("agentInstrument", Tag.AGENT_INSTRUMENT, 64),
            help(Layout.of(MessageType.EMERGENCY_CALL_REQ, EmergencyCallReq.class)),
            confirmation(Layout.of(MessageType.EMERGENCY_CALL_CONF, EmergencyCallConf.class)),
            Layout.of(MessageType.EMERGENCY_CALL_EVENT, EmergencyCallEvent.class)
                    .u32("peripheralId").u32("connectionCallId").u16("connectionDeviceIdType").u32("sessionId")
                    .string("connectionDeviceId", Tag.CONNECTION_DEVICE_ID, 64).required("ConnectionDeviceID")
                    .string("clientId", Tag.CLIENT_ID, 64).required("ClientID")
                    .string("clientAddress", Tag.CLIENT_ADDRESS, 64).required("ClientAddress")
                    .string("agentExtension", Tag.AGENT_EXTENSION, 16).string("agentId", Tag.AGENT_ID, 12)
                    .string("agentInstrument", Tag.AGENT_INSTRUMENT, 64));

    private AssistLayouts() {
    }

    /** SUPERVISOR_ASSIST_REQ and EMERGENCY_CALL_REQ share their layout. */
    private static <T> Layout<T> help(Layout<T> layout) {
        return layout.u32("invokeId").u32("peripheralId").u32("connectionCallId").u16("connectionDeviceIdType")
                .string("connectionDeviceId", Tag.CONNECTION_DEVICE_ID, 64)
                .string("agentExtension", Tag.AGENT_EXTENSION, 16).string("agentId", Tag.AGENT_ID, 12)
                .string("agentInstrument", Tag.AGENT_INSTRUMENT, 64);
    }

    /** SUPERVISOR_ASSIST_CONF and EMERGENCY_CALL_CONF share theirs. */
    private static <T> Layout<T> confirmation(Layout<T> layout) {
        return layout.u32("invokeId").u32("connectionCallId").u16("connectionDeviceIdType").u16("lineHandle")
                .u16("lineType").string("connectionDeviceId", Tag.CONNECTION_DEVICE_ID, 64)
                .required("ConnectionDeviceID");
    }
}
