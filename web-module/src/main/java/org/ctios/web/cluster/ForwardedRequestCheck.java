package org.ctios.web.cluster;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Method;
import org.ctios.web.problems.Problem;
import org.ctios.web.security.ClusterSignature;

/**
 * On the link holder, finishes the check of a request another server of the cluster forwarded, whose signature the
 * authentication mechanism verified: the body must be the one whose digest was signed (401 otherwise), and the
 * cluster's signature stands only for what a server forwards, an {@link AtLinkHolder} operation (403 otherwise).
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class ForwardedRequestCheck implements ContainerRequestFilter {

    static final String UNAUTHENTICATED = "urn:ctios:problem:unauthenticated";
    static final String FORBIDDEN = "urn:ctios:problem:forbidden";
    /** As the forwarding server allows: a larger body was never signed. */
    private static final int MAX_BODY_BYTES = 1 << 20;

    @Inject
    private HttpServletRequest servletRequest;

    @Context
    private ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (!(servletRequest.getAttribute(ClusterSignature.VERIFIED_BODY_DIGEST) instanceof String digest)) {
            return;
        }
        if (!forwardable(resource.getResourceMethod(), resource.getResourceClass())) {
            request.abortWith(new Problem(FORBIDDEN, "Forbidden", 403, "a request signed by the cluster may only "
                    + "be one a server forwards to the CTI link's holder").toResponse());
            return;
        }
        byte[] body = request.hasEntity() ? request.getEntityStream().readNBytes(MAX_BODY_BYTES + 1) : new byte[0];
        if (!ClusterSignature.bodyMatches(digest, body)) {
            request.abortWith(new Problem(UNAUTHENTICATED, "Unauthenticated", 401, "the forwarded request's body is "
                    + "not the one that was signed").toResponse());
            return;
        }
        request.setEntityStream(new ByteArrayInputStream(body));
    }

    private static boolean forwardable(Method method, Class<?> type) {
        return method != null && (method.isAnnotationPresent(AtLinkHolder.class)
                || type != null && type.isAnnotationPresent(AtLinkHolder.class));
    }
}
