package org.ctios.web.cluster;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.ctios.server.api.LinkHolding;
import org.ctios.server.api.view.Role;
import org.ctios.web.idempotency.IdempotentRequests;
import org.ctios.web.problems.Problem;
import org.ctios.web.security.Authorisation;
import org.ctios.web.security.Caller;
import org.ctios.web.security.ForwardedCaller;
import org.ctios.web.security.ClusterSignature;
import org.ctios.web.security.ClusterSecret;

/**
 * On a server of a cluster that does not hold the CTI link, sends each {@link AtLinkHolder} request to the server
 * that does, and answers with its answer: a control request reaches the CTI Server through whichever server the load
 * balancer chose. The caller's credentials stay here: the request names the caller this server signed in and is
 * signed with the cluster's secret ({@link ClusterSignature}), which the holder verifies. A forwarded request is never
 * forwarded again; when no server holds the link (its holder just left the cluster), the answer is 503 with a
 * Retry-After.
 */
@Provider
@AtLinkHolder
@Priority(Priorities.USER)
@ApplicationScoped
public class LinkHolderForwarding implements ContainerRequestFilter {

    /** Names the server a request was forwarded by; the holder serves it, and no server forwards it again. */
    static final String FORWARDED_BY = "X-Ctios-Forwarded-By";
    static final String LINK_MOVING = "urn:ctios:problem:link-moving";
    static final String HOLDER_UNREACHABLE = "urn:ctios:problem:link-holder-unreachable";
    /** Seconds before a retry: the data grid notices a dead holder within seconds, and the next one takes over. */
    private static final String RETRY_AFTER_SECONDS = "3";
    /** Control requests are small; a body beyond this is refused rather than buffered. */
    private static final int MAX_BODY_BYTES = 1 << 20;
    /**
     * The request headers the holder needs beside the signature: what is sent and accepted, and the idempotency key,
     * which the holder honours, as it carries the request out (whichever server a retry reaches, it reaches the
     * holder's keys).
     */
    private static final List<String> FORWARDED_REQUEST_HEADERS = List.of(HttpHeaders.CONTENT_TYPE,
            HttpHeaders.ACCEPT, HttpHeaders.ACCEPT_LANGUAGE, IdempotentRequests.HEADER);
    private static final List<String> FORWARDED_RESPONSE_HEADERS = List.of(HttpHeaders.CONTENT_TYPE, "Retry-After",
            IdempotentRequests.REPLAYED);
    private static final Logger LOG = Logger.getLogger(LinkHolderForwarding.class.getName());

    @Inject
    private LinkHolding election;

    @Inject
    private HttpServletRequest servletRequest;

    @Inject
    private ClusterSecret secret;

    @Inject
    private Authorisation authorisation;

    private Client client;

    @PostConstruct
    void createClient() {
        // The holder answers within its CTI request timeout plus its wait for the stored change: 30 s is ample.
        client = ClientBuilder.newBuilder().connectTimeout(2, TimeUnit.SECONDS).readTimeout(30, TimeUnit.SECONDS)
                .build();
    }

    @PreDestroy
    void closeClient() {
        client.close();
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (!election.clustered() || election.holding()) {
            return;
        }
        if (request.getHeaderString(FORWARDED_BY) != null) {
            request.abortWith(moving("this server no longer holds the CTI link; the request was forwarded here by "
                    + request.getHeaderString(FORWARDED_BY) + " as it changed hands"));
            return;
        }
        Optional<String> holder = election.holderUrl();
        if (holder.isEmpty()) {
            request.abortWith(moving("no server of the cluster holds the CTI link at the moment; the next one "
                    + "takes it over within seconds"));
            return;
        }
        request.abortWith(forward(request, holder.get()));
    }

    private Response forward(ContainerRequestContext request, String holder) throws IOException {
        String pathAndQuery = ClusterSignature.pathAndQuery(servletRequest);
        Invocation.Builder call = client.target(holder + pathAndQuery).request();
        for (String header : FORWARDED_REQUEST_HEADERS) {
            String value = request.getHeaderString(header);
            if (value != null) {
                call.header(header, value);
            }
        }
        call.header(FORWARDED_BY, election.instanceUrl());
        byte[] body = request.hasEntity() ? bounded(request.getEntityStream()) : null;
        if (body != null && body.length > MAX_BODY_BYTES) {
            return new Problem("urn:ctios:problem:too-large", "Request too large", 413, "a control request's body "
                    + "may have at most " + MAX_BODY_BYTES + " bytes").toResponse();
        }
        secret.signature().sign(request.getMethod(), pathAndQuery, request.getHeaderString(IdempotentRequests.HEADER),
                body, caller()).forEach(call::header);
        try (Response answer = body == null ? call.method(request.getMethod())
                : call.method(request.getMethod(), Entity.entity(body, request.getMediaType()))) {
            Response.ResponseBuilder relayed = Response.status(answer.getStatus());
            for (String header : FORWARDED_RESPONSE_HEADERS) {
                Object value = answer.getHeaders().getFirst(header);
                if (value != null) {
                    relayed.header(header, value);
                }
            }
            if (answer.getLocation() != null) {
                relayed.location(here(answer.getLocation().toString(), holder));
            }
            if (answer.hasEntity()) {
                relayed.entity(answer.readEntity(byte[].class));
            }
            return relayed.build();
        } catch (ProcessingException e) {
            LOG.warning("the server holding the CTI link (" + holder + ") did not answer a forwarded request: "
                    + e.getMessage());
            return Response.fromResponse(new Problem(HOLDER_UNREACHABLE, "CTI link holder unreachable", 503,
                    "the server holding the CTI link (" + holder + ") did not answer: " + e.getMessage())
                    .toResponse()).header("Retry-After", RETRY_AFTER_SECONDS).build();
        }
    }

    /** The holder's URL for a resource, as this server serves it too: the client keeps talking to this one. */
    private URI here(String location, String holder) {
        if (!location.startsWith(holder)) {
            return URI.create(location);
        }
        String requestUrl = servletRequest.getRequestURL().toString();
        String base = requestUrl.substring(0, requestUrl.length() - servletRequest.getRequestURI().length())
                + servletRequest.getContextPath();
        return URI.create(base + location.substring(holder.length()));
    }

    /** The caller as this server signed it in: a token's caller whole, an account's by its name. */
    private ForwardedCaller caller() {
        Optional<Instant> tokenExpiry = authorisation.tokenExpiry();
        Caller caller = authorisation.caller();
        if (tokenExpiry.isEmpty()) {
            return ForwardedCaller.account(caller.name());
        }
        return new ForwardedCaller(caller.name(), caller.roles().stream().map(Role::roleName)
                .collect(Collectors.toSet()), caller.agentId(), caller.supervisedTeamId(), tokenExpiry.get());
    }

    /** Reads at most one byte beyond the limit, so that a larger body is refused without being buffered whole. */
    private static byte[] bounded(InputStream body) throws IOException {
        return body.readNBytes(MAX_BODY_BYTES + 1);
    }

    private static Response moving(String detail) {
        return Response.fromResponse(new Problem(LINK_MOVING, "CTI link changing hands", 503, detail).toResponse())
                .header("Retry-After", RETRY_AFTER_SECONDS).build();
    }
}
