package org.ctios.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PageHeadersTest {

    @Test
    void thePagesAndTheirFilesRunOnlyTheirOwnCodeAndAreRevalidated() {
        for (String path : new String[] {"/", "/index.html", "/supervisor/", "/assets/js/desktop.js"}) {
            Map<String, String> headers = PageHeaders.headersFor(path);

            assertThat(headers.get("Content-Security-Policy")).as(path)
                    .contains("script-src 'self'", "frame-ancestors 'none'", "connect-src 'self'")
                    .doesNotContain("unsafe-inline", "unsafe-eval");
            assertThat(headers).as(path).containsEntry("X-Frame-Options", "DENY")
                    .containsEntry("Cache-Control", "no-cache").containsEntry("X-Content-Type-Options", "nosniff");
        }
    }

    @Test
    void theApiKeepsItsOwnCachingAndGetsOnlyTheTypeAndReferrerHeaders() {
        Map<String, String> headers = PageHeaders.headersFor("/api/events");

        assertThat(headers).containsOnlyKeys("X-Content-Type-Options", "Referrer-Policy");
    }
}
