package org.ctios.simulator.cti;

import org.ctios.protocol.types.CallType;
import org.ctios.protocol.types.LineType;
import org.ctios.protocol.types.PeripheralType;
import org.ctios.simulator.acd.CallKind;
import org.ctios.simulator.acd.CallView;

/** How the switch's calls fill the protocol's call fields. */
final class CallFields {

    /** Unified CCE's agent peripheral. */
    static final int PERIPHERAL_TYPE = PeripheralType.ENTERPRISE_AGENT.wire();
    private static final long NULL_ID = 0xFFFF_FFFFL;

    private CallFields() {
    }

    /**
     * The device a call is reported at when no party's connection is meant (BEGIN_CALL, CALL_CLEARED, END_CALL):
     * the dialled number (DNIS) for customer calls, the agent's extension that dialled for the others.
     */
    static String homeDevice(CallView call) {
        if (call.kind() == CallKind.ACD_IN) {
            return call.dnis() == null ? "" : call.dnis();
        }
        return call.ani() == null ? "" : call.ani();
    }

    /** The number the caller dialled. */
    static String calledDevice(CallView call) {
        return call.kind() == CallKind.ACD_IN ? call.dnis() : call.dialedNumber();
    }

    static int callType(CallView call) {
        return switch (call.kind()) {
            case ACD_IN -> CallType.ACD_IN.wire();
            case AGENT_OUT -> CallType.AGENT_OUT.wire();
            case AGENT_INSIDE -> CallType.AGENT_INSIDE.wire();
            case CONSULT -> CallType.CONSULT.wire();
        };
    }

    static int lineType(CallView call) {
        return switch (call.kind()) {
            case ACD_IN -> LineType.INBOUND_ACD.wire();
            case AGENT_OUT -> LineType.OUTBOUND.wire();
            case AGENT_INSIDE, CONSULT -> LineType.INSIDE.wire();
        };
    }

    static long skillGroupNumber(CallView call) {
        return call.skillGroupNumber() == null ? NULL_ID : call.skillGroupNumber();
    }

    static long skillGroupIdOf(CallView call) {
        return call.skillGroupId() == null ? NULL_ID : call.skillGroupId();
    }

    /** ICMAgentID: Unified CCE's skill target id of the agent; numeric agent ids stand in for it. */
    static int skillTargetId(String agentId) {
        try {
            return Integer.parseInt(agentId);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
