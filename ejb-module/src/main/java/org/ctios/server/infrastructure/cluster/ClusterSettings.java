package org.ctios.server.infrastructure.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;
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

    private boolean enabled;
    private Optional<String> instanceUrl;

    /** For the container's proxy. */
    protected ClusterSettings() {
    }

    @Inject
    public ClusterSettings(@ConfigProperty(name = ENABLED, defaultValue = "false") boolean enabled,
                           @ConfigProperty(name = INSTANCE_URL) Optional<String> instanceUrl) {
        this.enabled = enabled;
        this.instanceUrl = instanceUrl.map(String::trim).filter(url -> !url.isEmpty());
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
