package org.ctios.server.application;

import org.ctios.connector.api.CtiConnection;
import org.ctios.protocol.types.ConsultType;

/** One control request to the CTI Server, made at the agent's device. */
public sealed interface CtiStep {

    /** Sends the request and waits for its confirmation; returns the id of the call it resulted in, if it names one. */
    long send(CtiConnection cti);

    /** Says that a step names no resulting call. */
    long NO_CALL = -1;

    record Answer(long callId, String device) implements CtiStep {
        @Override
        public long send(CtiConnection cti) {
            cti.answer(callId, device);
            return NO_CALL;
        }
    }

    record Release(long callId, String device) implements CtiStep {
        @Override
        public long send(CtiConnection cti) {
            cti.release(callId, device);
            return NO_CALL;
        }
    }

    record Hold(long callId, String device) implements CtiStep {
        @Override
        public long send(CtiConnection cti) {
            cti.hold(callId, device);
            return NO_CALL;
        }
    }

    record Retrieve(long callId, String device) implements CtiStep {
        @Override
        public long send(CtiConnection cti) {
            cti.retrieve(callId, device);
            return NO_CALL;
        }
    }

    /** Holds the active call and dials the destination; the consultation call is the result. */
    record Consult(long activeCallId, String device, String destination) implements CtiStep {
        @Override
        public long send(CtiConnection cti) {
            // The connector's default purpose (transfer); the CTI Server still lets a conference complete it.
            return cti.consult(activeCallId, device, destination, ConsultType.TRANSFER);
        }
    }

    record Transfer(long activeCallId, long heldCallId, String device) implements CtiStep {
        @Override
        public long send(CtiConnection cti) {
            return cti.transfer(activeCallId, heldCallId, device);
        }
    }

    record Conference(long activeCallId, long heldCallId, String device) implements CtiStep {
        @Override
        public long send(CtiConnection cti) {
            return cti.conference(activeCallId, heldCallId, device);
        }
    }

    record SingleStepTransfer(long callId, String device, String destination) implements CtiStep {
        @Override
        public long send(CtiConnection cti) {
            return cti.singleStepTransfer(callId, device, destination);
        }
    }
}
