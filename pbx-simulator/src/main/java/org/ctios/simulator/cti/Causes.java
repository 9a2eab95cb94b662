package org.ctios.simulator.cti;

import org.ctios.protocol.types.EventCause;
import org.ctios.simulator.acd.ClearCause;

/** The protocol's EventCause for the switch's reasons. */
final class Causes {

    private Causes() {
    }

    static int of(ClearCause cause) {
        EventCause eventCause = switch (cause) {
            case NORMAL -> EventCause.NONE;
            case ABANDONED_IN_QUEUE -> EventCause.X_ABAND_LOCAL_QUEUE;
            case ABANDONED_RINGING -> EventCause.X_ABAND_RING;
            case NOT_ANSWERED -> EventCause.CALL_NOT_ANSWERED;
            case TRANSFER -> EventCause.TRANSFER;
            case CONFERENCE -> EventCause.KEY_CONFERENCE;
            case SUPERVISOR_BARGE_IN -> EventCause.SUPERVISOR_BARGE_IN;
            case SUPERVISOR_INTERCEPT -> EventCause.SUPERVISOR_INTERCEPT;
            case SUPERVISOR_CLEAR -> EventCause.SUPERVISOR_CLEAR;
        };
        return eventCause.wire();
    }
}
