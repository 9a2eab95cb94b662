package org.ctios.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The secret the servers of a cluster sign forwarded requests with ({@code ctios.cluster.secret}, environment
 * {@code CTIOS_CLUSTER_SECRET}): the same on every server, at least 32 characters, required when clustering is on
 * ({@code ctios.cluster.enabled}); the server does not start without it. Configured rather than generated and
 * shared through the data grid: whoever joins the grid would then learn it, and the grid is not authenticated.
 */
@ApplicationScoped
public class ClusterSecret {

    static final String SECRET = "ctios.cluster.secret";
    static final int SHORTEST = 32;

    private boolean clustered;
    private Optional<String> secret;
    private volatile ClusterSignature signature;

    /** For the container's proxy. */
    protected ClusterSecret() {
    }

    @Inject
    public ClusterSecret(@ConfigProperty(name = "ctios.cluster.enabled", defaultValue = "false") boolean clustered,
                         @ConfigProperty(name = SECRET) Optional<String> secret) {
        this.clustered = clustered;
        this.secret = secret.map(String::strip).filter(value -> !value.isEmpty());
    }

    /** Outside a cluster no request is forwarded, and a signed one is refused. */
    public boolean clustered() {
        return clustered;
    }

    /**
     * Signs and verifies forwarded requests.
     *
     * @throws IllegalStateException in a cluster without a secret of at least 32 characters, and outside a cluster
     */
    public ClusterSignature signature() {
        ClusterSignature current = signature;
        if (current == null) {
            if (!clustered) {
                throw new IllegalStateException("no request is forwarded outside a cluster");
            }
            String value = secret.orElseThrow(() -> new IllegalStateException(SECRET + " (CTIOS_CLUSTER_SECRET) "
                    + "must be set when ctios.cluster.enabled is true: the same secret of at least " + SHORTEST
                    + " characters on every server of the cluster, which signs the requests they forward"));
            if (value.length() < SHORTEST) {
                throw new IllegalStateException(SECRET + " must have at least " + SHORTEST + " characters, had "
                        + value.length());
            }
            current = new ClusterSignature(value.getBytes(StandardCharsets.UTF_8), Clock.systemUTC());
            signature = current;
        }
        return current;
    }
}
