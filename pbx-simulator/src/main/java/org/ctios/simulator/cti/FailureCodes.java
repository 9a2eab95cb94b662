package org.ctios.simulator.cti;

import org.ctios.protocol.types.ControlFailureCode;
import org.ctios.protocol.types.FailureStatus;
import org.ctios.simulator.acd.AcdFailure;

/** The CONTROL_FAILURE_CONF failure code for each reason the switch refuses a request. */
final class FailureCodes {

    private FailureCodes() {
    }

    static ControlFailureCode of(AcdFailure failure) {
        return switch (failure) {
            case UNKNOWN_AGENT -> ControlFailureCode.INVALID_AGENT_ID_SPECIFIED;
            case WRONG_PASSWORD -> ControlFailureCode.INVALID_PASSWORD_SPECIFIED;
            case AGENT_ALREADY_LOGGED_IN -> ControlFailureCode.SPECIFIED_AGENT_ALREADY_SIGNED_ON;
            case AGENT_NOT_LOGGED_IN, INVALID_STATE -> ControlFailureCode.INVALID_OBJECT_STATE;
            case REASON_CODE_REQUIRED -> ControlFailureCode.REASON_CODE_REQUIRED;
            case UNKNOWN_CALL -> ControlFailureCode.INVALID_CSTA_CALL_IDENTIFIER;
            case NOT_A_PARTY -> ControlFailureCode.AGENT_NOT_PARTY_ON_CALL;
            case NO_CALL_TO_ANSWER -> ControlFailureCode.NO_CALL_TO_ANSWER;
            case NO_ACTIVE_CALL -> ControlFailureCode.NO_ACTIVE_CALL;
            case NO_HELD_CALL -> ControlFailureCode.NO_HELD_CALL;
            case INVALID_DESTINATION -> ControlFailureCode.INVALID_DESTINATION;
            case INVALID_DIGITS -> ControlFailureCode.VALUE_OUT_OF_RANGE;
            case UNKNOWN_SKILL_GROUP -> ControlFailureCode.INVALID_SKILL_GROUP_SPECIFIED;
            case NOT_A_SUPERVISOR -> ControlFailureCode.PRIVILEGE_VIOLATION_ON_SPECIFIED_DEVICE;
            // answered with FAILURE_CONF and the guide's E_CTI_ status by the request handler (statusOf), not as these
            case UNKNOWN_CLIENT, NO_SUPERVISOR, NO_TEAM -> ControlFailureCode.GENERIC_UNSPECIFIED;
            case PERIPHERAL_OFFLINE -> ControlFailureCode.RESOURCE_OUT_OF_SERVICE;
            case QUEUE_FULL -> ControlFailureCode.RESOURCE_LIMITATION_REJECTION;
        };
    }

    /**
     * The FAILURE_CONF status for a refused user message: a miscellaneous request, which the guide answers with
     * FAILURE_CONF and an E_CTI_ status rather than CONTROL_FAILURE_CONF.
     */
    static FailureStatus statusOf(AcdFailure failure) {
        return switch (failure) {
            case UNKNOWN_CLIENT -> FailureStatus.CLIENT_NOT_FOUND;
            case NO_SUPERVISOR -> FailureStatus.SUPERVISOR_NOT_FOUND;
            case NO_TEAM -> FailureStatus.TEAM_NOT_FOUND;
            case PERIPHERAL_OFFLINE -> FailureStatus.CTI_SERVER_OFFLINE;
            default -> FailureStatus.UNSPECIFIED_FAILURE;
        };
    }
}
