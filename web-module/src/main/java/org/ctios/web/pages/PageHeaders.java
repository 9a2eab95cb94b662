package org.ctios.web.pages;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Response headers that keep the agent desktop and the supervisor dashboard to their own code: the pages keep HTTP
 * Basic credentials in sessionStorage, so no script from elsewhere may run in them (Content-Security-Policy), no
 * other site may frame them, and no response is taken for another type. The pages' files are revalidated on every
 * load so that an upgrade reaches every desktop at its next reload.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class PageHeaders extends HttpFilter {

    /** Only this application's scripts, styles and API; no inline script, no plugin, no framing. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";

    /** The headers for a request to this path within the application (the servlet path plus path info). */
    static Map<String, String> headersFor(String path) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "no-referrer");
        if (!path.startsWith("/api/")) {
            headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            headers.put("X-Frame-Options", "DENY");
            headers.put("Cache-Control", "no-cache");
        }
        return headers;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        headersFor(path).forEach(response::setHeader);
        chain.doFilter(request, response);
    }
}
