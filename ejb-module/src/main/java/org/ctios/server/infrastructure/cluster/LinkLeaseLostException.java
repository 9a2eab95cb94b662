package org.ctios.server.infrastructure.cluster;

/**
 * This server may not write the CTI link's events: in a cluster, it does not hold the link's lease (any more). The
 * delivery rolls back; the server that holds the lease now resynchronises from the CTI Server.
 */
public class LinkLeaseLostException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LinkLeaseLostException(String message) {
        super(message);
    }
}
