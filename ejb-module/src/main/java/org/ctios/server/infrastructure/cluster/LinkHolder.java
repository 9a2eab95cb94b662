package org.ctios.server.infrastructure.cluster;

import java.util.Objects;
import java.util.UUID;

/**
 * The server of the cluster that holds the CTI link, as the data grid keeps it: its data grid member, which says
 * whether it is still in the cluster, and the URL control requests are forwarded to.
 */
record LinkHolder(UUID member, String url) {

    LinkHolder {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(url, "url");
    }

    /** The form kept in the data grid: only JDK types cross it, so no server needs this application's classes. */
    String encoded() {
        return member + " " + url;
    }

    /** @throws IllegalArgumentException when {@code encoded} is not what {@link #encoded()} writes */
    static LinkHolder decode(String encoded) {
        int space = encoded.indexOf(' ');
        if (space < 0) {
            throw new IllegalArgumentException("not a link holder: " + encoded);
        }
        return new LinkHolder(UUID.fromString(encoded.substring(0, space)), encoded.substring(space + 1));
    }
}
