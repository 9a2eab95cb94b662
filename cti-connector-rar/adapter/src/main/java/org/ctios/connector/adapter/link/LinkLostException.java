package org.ctios.connector.adapter.link;

import java.io.IOException;

/** The session with the CTI Server ended: refused, closed by the peer, failed, or silent for too long. */
final class LinkLostException extends IOException {

    private static final long serialVersionUID = 1L;

    LinkLostException(String message) {
        super(message);
    }
}
