package org.ctios.connector.api.event;

/**
 * The CTI link went up (a session opened on {@code side}) or down. While it is down, nothing the CTI Server reports
 * reaches the application; the snapshot that follows the next connection tells what changed.
 */
public record LinkStatusChanged(EventOrigin origin, boolean connected, String side) implements CtiEvent {

    @Override
    public void handleWith(Handler handler) {
        handler.linkStatusChanged(this);
    }

    @Override
    public Concerns concerns() {
        return Concerns.wholeLink();
    }
}
