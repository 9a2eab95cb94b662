package org.ctios.connector.adapter.tls;

/** What became of CTI OS's client certificate in one handshake. */
enum ClientCertificate {
    /** The server did not ask for one. */
    NOT_ASKED,
    /** The server asked, and CTI OS has none it accepts (or none at all). */
    NONE_SENT,
    /** The server asked, and CTI OS sent its certificate. */
    SENT
}
