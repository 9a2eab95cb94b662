package org.ctios.server.application;

import java.util.function.Consumer;
import org.ctios.connector.api.CtiConnection;
import org.ctios.connector.api.RecordingSession;
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

    /** Holds the active call and retrieves the held one at the device, in one request (ALTERNATE_CALL_REQ). */
    record Alternate(long activeCallId, long heldCallId, String device) implements CtiStep {
        @Override
        public long send(CtiConnection cti) {
            cti.alternate(activeCallId, heldCallId, device);
            return NO_CALL;
        }
    }

    /** Hangs the device up on the active call and retrieves the held one, in one request (RECONNECT_CALL_REQ). */
    record Reconnect(long activeCallId, long heldCallId, String device) implements CtiStep {
        @Override
        public long send(CtiConnection cti) {
            cti.reconnect(activeCallId, heldCallId, device);
            return NO_CALL;
        }
    }

    /** Ends the call for every party (CLEAR_CALL_REQ), asked by the device, one of them. */
    record ClearCall(long callId, String device) implements CtiStep {
        @Override
        public long send(CtiConnection cti) {
            cti.clearCall(callId, device);
            return NO_CALL;
        }
    }

    /** A call ringing at the device rings at the destination instead (DEFLECT_CALL_REQ). */
    record Deflect(long callId, String device, String destination) implements CtiStep {
        @Override
        public long send(CtiConnection cti) {
            cti.deflect(callId, device, destination);
            return NO_CALL;
        }
    }

    record SendDtmf(long callId, String device, String digits) implements CtiStep {
        @Override
        public long send(CtiConnection cti) {
            cti.sendDtmf(callId, device, digits);
            return NO_CALL;
        }
    }

    /** Starts recording; {@code started} receives the session the confirmation named, to stop it with. */
    record StartRecording(long callId, String device, Consumer<RecordingSession> started) implements CtiStep {
        @Override
        public long send(CtiConnection cti) {
            started.accept(cti.startRecording(callId, device));
            return NO_CALL;
        }
    }

    record StopRecording(RecordingSession recording) implements CtiStep {
        @Override
        public long send(CtiConnection cti) {
            cti.stopRecording(recording);
            return NO_CALL;
        }
    }

    record BadCall(long callId, String device) implements CtiStep {
        @Override
        public long send(CtiConnection cti) {
            cti.reportBadCall(callId, device);
            return NO_CALL;
        }
    }
}
