package org.ctios.server.infrastructure.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;
import org.ctios.server.infrastructure.persistence.CtiosDataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether this server runs in a cluster ({@code ctios.cluster.enabled}, which the connector reads too), and the URL
 * the other servers reach it at ({@code ctios.cluster.instance-url}): where they forward control requests while it
 * holds the CTI link.
 */
@ApplicationScoped
public class ClusterSettings {

    static final String ENABLED = "ctios.cluster.enabled";
    static final String INSTANCE_URL = "ctios.cluster.instance-url";
    static final String DATASOURCE_URL = "ctios.datasource.url";
    /** CtiosDataSource's default: an embedded database, which no other server can see. */
    static final String EMBEDDED_DEFAULT = CtiosDataSource.DEFAULT_URL;

    private boolean enabled;
    private Optional<String> instanceUrl;
    private String datasourceUrl;

    /** For the container's proxy. */
    protected ClusterSettings() {
    }

    @Inject
    public ClusterSettings(@ConfigProperty(name = ENABLED, defaultValue = "false") boolean enabled,
                           @ConfigProperty(name = INSTANCE_URL) Optional<String> instanceUrl,
                           @ConfigProperty(name = DATASOURCE_URL, defaultValue = EMBEDDED_DEFAULT)
                           String datasourceUrl) {
        this.enabled = enabled;
        this.instanceUrl = instanceUrl.map(String::trim).filter(url -> !url.isEmpty());
        this.datasourceUrl = datasourceUrl.trim();
    }

    /**
     * @throws IllegalStateException when the database is an embedded H2 one: the lease that elects the link's holder
     *                               lives in the database, and each server would find its own lease free
     */
    public void requireSharedDatabase() {
        boolean embeddedH2 = datasourceUrl.startsWith("jdbc:h2:") && !datasourceUrl.startsWith("jdbc:h2:tcp:")
                && !datasourceUrl.startsWith("jdbc:h2:ssl:");
        if (embeddedH2) {
            throw new IllegalStateException(ENABLED + " is true but " + DATASOURCE_URL + " is an embedded database ("
                    + datasourceUrl + "): the servers of a cluster share one database (PostgreSQL), where the CTI "
                    + "link's lease is");
        }
    }

    public boolean enabled() {
        return enabled;
    }

    /**
     * This server's URL with its context root, as the other servers of the cluster reach it
     * ({@code http://10.0.0.5:8080/cti}).
     *
     * @throws IllegalStateException when it is missing or not an absolute http(s) URL: a cluster needs it
     */
    public String instanceUrl() {
        String url = instanceUrl.orElseThrow(() -> new IllegalStateException(INSTANCE_URL + " must be set in a "
                + "cluster: the URL the other servers reach this one at, with its context root "
                + "(http://10.0.0.5:8080/cti)"));
        URI parsed;
        try {
            parsed = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(INSTANCE_URL + " is not a URL: " + url, e);
        }
        if (!("http".equals(parsed.getScheme()) || "https".equals(parsed.getScheme())) || parsed.getHost() == null) {
            throw new IllegalStateException(INSTANCE_URL + " must be an absolute http or https URL, was " + url);
        }
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
