package org.ctios.connector.api;

import org.ctios.protocol.types.ControlFailureCode;
import org.ctios.protocol.types.FailureStatus;

/**
 * The CTI Server refused a request: with CONTROL_FAILURE_CONF (the peripheral refused: {@link #failureCode()} is a
 * {@link ControlFailureCode}) or with FAILURE_CONF (the CTI Server refused: a {@link FailureStatus}).
 */
public class CtiRequestRefusedException extends CtiException {

    private static final long serialVersionUID = 1L;

    /** Which confirmation refused the request, and so which table the code belongs to. */
    public enum Refusal {
        /** CONTROL_FAILURE_CONF: {@link ControlFailureCode}. */
        CONTROL_FAILURE,
        /** FAILURE_CONF: {@link FailureStatus}. */
        FAILURE
    }

    private final Refusal refusal;
    private final long failureCode;
    private final long peripheralErrorCode;

    public CtiRequestRefusedException(String request, Refusal refusal, long failureCode, long peripheralErrorCode) {
        super(request + " refused: " + describe(refusal, failureCode)
                + (peripheralErrorCode == 0 ? "" : " (peripheral error " + peripheralErrorCode + ")"));
        this.refusal = refusal;
        this.failureCode = failureCode;
        this.peripheralErrorCode = peripheralErrorCode;
    }

    /** The failure code's name, such as {@code NO_CALL_TO_ANSWER}, or the number when the protocol names none. */
    public static String describe(Refusal refusal, long code) {
        if (refusal == Refusal.CONTROL_FAILURE) {
            return ControlFailureCode.fromWire((int) code).map(Enum::name).orElse("failure code " + code);
        }
        return FailureStatus.fromCode(code).map(Enum::name).orElse("status " + code);
    }

    public Refusal refusal() {
        return refusal;
    }

    public long failureCode() {
        return failureCode;
    }

    /** The failure code's name, such as {@code NO_CALL_TO_ANSWER}. */
    public String failureName() {
        return describe(refusal, failureCode);
    }

    /** The switch's own error code, 0 when none. */
    public long peripheralErrorCode() {
        return peripheralErrorCode;
    }
}
