package org.ctios.server.api;

import java.util.Optional;

/**
 * Which server of a cluster holds the CTI link, for health, the system endpoints and the forwarding of control
 * requests to the holder. Outside a cluster this server's link is simply its own.
 */
public interface LinkHolding {

    /**
     * Joins the election, in a cluster: called by the web module once its servlet context is up, when everything
     * that receives relayed notices has started. Does nothing outside a cluster.
     */
    void start();

    /** This server runs in a cluster: it holds the link only when elected. */
    boolean clustered();

    /** This server holds the CTI link in its cluster (false outside a cluster: then the link is simply its own). */
    boolean holding();

    /**
     * The URL of the server that holds the link now, if any server of the cluster does: empty outside a cluster,
     * before the first election, and from the moment its holder left the cluster until the next holder took over.
     */
    Optional<String> holderUrl();

    /**
     * This server's URL with its context root, as the other servers of the cluster reach it.
     *
     * @throws IllegalStateException when it is missing or not an absolute http(s) URL: a cluster needs it
     */
    String instanceUrl();
}
