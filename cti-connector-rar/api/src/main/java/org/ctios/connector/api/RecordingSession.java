package org.ctios.connector.api;

/**
 * A recording START_RECORDING_REQ began, as its confirmation named it: what STOP_RECORDING_REQ must echo.
 *
 * @param sessionId  the recording server's session: 0xFFFFFFFF when only that server may stop it, 0 for any
 * @param serverData the recording server's own cookie
 */
public record RecordingSession(long callId, String device, long sessionId, long serverData) {

    /** A recording to stop when its confirmation was not kept: any recording server may stop it. */
    public static RecordingSession anyServer(long callId, String device) {
        return new RecordingSession(callId, device, 0, 0);
    }
}
