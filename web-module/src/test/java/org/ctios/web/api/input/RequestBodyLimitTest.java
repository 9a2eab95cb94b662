package org.ctios.web.api.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Bodies over the limit are refused before they are parsed, with or without a Content-Length. */
class RequestBodyLimitTest {

    private static final int LIMIT = 100;

    private final RequestBodyLimit limit = new RequestBodyLimit(LIMIT);
    private final AtomicReference<InputStream> stream = new AtomicReference<>();
    private final AtomicBoolean parsed = new AtomicBoolean();
    private final MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();

    @Test
    void aBodyOfTheLimitIsParsedWhole() throws IOException {
        byte[] body = new byte[LIMIT];
        headers.putSingle("Content-Length", String.valueOf(LIMIT));

        Object read = limit.aroundReadFrom(context(body));

        assertThat(parsed).isTrue();
        assertThat(read).isEqualTo(LIMIT);
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedUnread() {
        headers.putSingle("Content-Length", "1000000");

        assertThatThrownBy(() -> limit.aroundReadFrom(context(new byte[10])))
                .isInstanceOf(RequestBodyTooLargeException.class).hasMessageContaining("100 bytes")
                .hasMessageContaining("ctios.api.max-body-bytes");
        assertThat(parsed).isFalse();
    }

    @Test
    void aBodyWithoutALengthIsRefusedOnceItPassesTheLimit() {
        assertThatThrownBy(() -> limit.aroundReadFrom(context(new byte[LIMIT + 1])))
                .isInstanceOf(RequestBodyTooLargeException.class);
        assertThat(parsed).isFalse();
    }

    @Test
    void aLimitBelowOneByteIsRefused() {
        assertThatThrownBy(() -> new RequestBodyLimit(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ctios.api.max-body-bytes");
    }

    /** A context whose "parse" counts the bytes the interceptor hands on. */
    private ReaderInterceptorContext context(byte[] body) {
        stream.set(new ByteArrayInputStream(body));
        return (ReaderInterceptorContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ReaderInterceptorContext.class},
                (proxy, method, arguments) -> switch (method.getName()) {
                    case "getHeaders" -> headers;
                    case "getInputStream" -> stream.get();
                    case "setInputStream" -> {
                        stream.set((InputStream) arguments[0]);
                        yield null;
                    }
                    case "proceed" -> {
                        parsed.set(true);
                        yield stream.get().readAllBytes().length;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
