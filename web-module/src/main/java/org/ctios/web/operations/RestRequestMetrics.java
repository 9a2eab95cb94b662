package org.ctios.web.operations;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Every REST request as the timer {@code ctios_rest_requests_seconds}, tagged with the resource method that
 * answered ({@code AgentResource.one}, or {@code unmatched}) and the status class ({@code 2xx} ... {@code 5xx}):
 * request rates and durations per endpoint, errors apart.
 */
@Provider
public class RestRequestMetrics implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String STARTED = RestRequestMetrics.class.getName() + ".started";
    private static final Metadata TIMER = Metadata.builder().withName("ctios.rest.requests")
            .withDescription("REST requests by resource method and status class").withUnit(MetricUnits.SECONDS)
            .build();

    @Context
    private ResourceInfo resource;

    @Inject
    private MetricRegistry registry;

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object started = request.getProperty(STARTED);
        if (!(started instanceof Long startNanos)) {
            return;
        }
        registry.timer(TIMER, new Tag("endpoint", endpoint()), new Tag("status", response.getStatus() / 100 + "xx"))
                .update(Duration.ofNanos(System.nanoTime() - startNanos));
    }

    private String endpoint() {
        if (resource == null || resource.getResourceClass() == null || resource.getResourceMethod() == null) {
            return "unmatched";
        }
        return resource.getResourceClass().getSimpleName() + "." + resource.getResourceMethod().getName();
    }
}
