package org.ctios.server.application.translation;

import org.ctios.protocol.types.CallType;

/**
 * What the CTI Server's call type codes, which calls keep as reported, mean to the rules. Decided where the call
 * is read, not stored: the code is what the database holds.
 */
public final class CallTypes {

    private static final int CONSULT = CallType.CONSULT.wire();
    private static final int CONSULT_OFFERED = CallType.CONSULT_OFFERRED.wire();
    private static final int CONSULT_CONFERENCE = CallType.CONSULT_CONFERENCE.wire();

    private CallTypes() {
    }

    /**
     * Whether a call of this type is a consultation: started from another call, to transfer or conference it.
     *
     * @param callType the CTI Server's code, or {@code null} when none was reported
     */
    public static boolean isConsultation(Integer callType) {
        return callType != null
                && (callType == CONSULT || callType == CONSULT_OFFERED || callType == CONSULT_CONFERENCE);
    }
}
