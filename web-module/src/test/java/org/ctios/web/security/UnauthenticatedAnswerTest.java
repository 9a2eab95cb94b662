package org.ctios.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The 401 answer as a client sees it: status, problem body, and the challenge that browsers answer with their own
 * sign-in dialog, left out when a page's script asks.
 */
class UnauthenticatedAnswerTest {

    /** What the answer wrote: status, headers, content type, body. */
    private static final class RecordedResponse {
        int status;
        String contentType;
        final Map<String, String> headers = new HashMap<>();
        final ByteArrayOutputStream body = new ByteArrayOutputStream();

        HttpServletResponse response() {
            ServletOutputStream out = new ServletOutputStream() {
                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public void write(int b) {
                    body.write(b);
                }
            };
            return (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> switch (method.getName()) {
                        case "setStatus" -> {
                            status = (Integer) args[0];
                            yield null;
                        }
                        case "setHeader" -> {
                            headers.put((String) args[0], (String) args[1]);
                            yield null;
                        }
                        case "setContentType" -> {
                            contentType = (String) args[0];
                            yield null;
                        }
                        case "getOutputStream" -> out;
                        case "resetBuffer", "flushBuffer", "setContentLength" -> null;
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }
    }

    private static HttpServletRequest requestWith(Map<String, String> headers) {
        return (HttpServletRequest) Proxy.newProxyInstance(UnauthenticatedAnswerTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getHeader")) {
                        return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase((String) args[0]))
                                .map(Map.Entry::getValue).findFirst().orElse(null);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private static RecordedResponse answer(Map<String, String> requestHeaders) {
        RecordedResponse recorded = new RecordedResponse();
        UnauthenticatedAnswer.send(requestWith(requestHeaders), recorded.response(), "wrong user name or password");
        return recorded;
    }

    @Test
    void aPlainRequestIsChallengedToSignInWithBasic() {
        RecordedResponse answer = answer(Map.of());

        assertThat(answer.status).isEqualTo(401);
        assertThat(answer.headers).containsEntry("WWW-Authenticate", "Basic realm=\"CTI OS\", charset=\"UTF-8\"");
        assertThat(answer.contentType).isEqualTo("application/problem+json");
        assertThat(answer.body.toString(StandardCharsets.UTF_8)).contains(
                "\"type\":\"urn:ctios:problem:unauthenticated\"", "\"status\":401",
                "\"detail\":\"wrong user name or password\"");
    }

    @Test
    void aScriptsRequestGetsTheSame401WithoutTheChallenge() {
        RecordedResponse plain = answer(Map.of());
        RecordedResponse script = answer(Map.of("X-Requested-With", "XMLHttpRequest"));

        assertThat(script.headers).doesNotContainKey("WWW-Authenticate");
        assertThat(script.status).isEqualTo(401);
        assertThat(script.contentType).isEqualTo(plain.contentType);
        assertThat(script.body.toString(StandardCharsets.UTF_8)).isEqualTo(plain.body.toString(StandardCharsets.UTF_8));
    }

    @Test
    void onlyXmlHttpRequestLeavesTheChallengeOut() {
        assertThat(UnauthenticatedAnswer.challenges(null)).isTrue();
        assertThat(UnauthenticatedAnswer.challenges("")).isTrue();
        assertThat(UnauthenticatedAnswer.challenges("com.example.app")).as("an Android app's package").isTrue();
        assertThat(UnauthenticatedAnswer.challenges("xmlhttprequest")).isFalse();
        assertThat(UnauthenticatedAnswer.challenges(" XMLHttpRequest ")).isFalse();
    }
}
