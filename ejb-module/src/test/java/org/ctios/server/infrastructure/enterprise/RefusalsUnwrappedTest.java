package org.ctios.server.infrastructure.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Proxy;
import java.util.concurrent.Callable;
import org.ctios.connector.api.CtiLinkDownException;
import org.ctios.server.api.InvalidMessageException;
import org.ctios.server.api.InvalidRequestException;
import org.ctios.server.api.UnknownAgentException;
import org.junit.jupiter.api.Test;

class RefusalsUnwrappedTest {

    private final RefusalsUnwrapped interceptor = new RefusalsUnwrapped();

    @Test
    void aPlainIllegalArgumentBecomesAnInvalidRequestWithTheSameMessage() {
        IllegalArgumentException refusal = new IllegalArgumentException("destination must not be empty");

        assertThatThrownBy(() -> interceptor.invoke(invocation(() -> {
            throw refusal;
        }))).isExactlyInstanceOf(InvalidRequestException.class).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("destination must not be empty").hasCause(refusal);
    }

    @Test
    void theDesksOwnExceptionsPassAsTheyAre() {
        InvalidMessageException invalid = new InvalidMessageException("no text");
        UnknownAgentException unknown = new UnknownAgentException("9999");
        CtiLinkDownException down = new CtiLinkDownException("link down");

        assertThatThrownBy(() -> interceptor.invoke(invocation(() -> {
            throw invalid;
        }))).isSameAs(invalid);
        assertThatThrownBy(() -> interceptor.invoke(invocation(() -> {
            throw unknown;
        }))).isSameAs(unknown);
        assertThatThrownBy(() -> interceptor.invoke(invocation(() -> {
            throw down;
        }))).isSameAs(down);
    }

    /** A subclass inherits the mark, as the container reads it. */
    @Test
    void aSubclassOfAnApplicationExceptionPassesAsItIs() {
        InvalidMessageException subclass = new InvalidMessageException("no recipient") {
            private static final long serialVersionUID = 1L;
        };

        assertThatThrownBy(() -> interceptor.invoke(invocation(() -> {
            throw subclass;
        }))).isSameAs(subclass);
    }

    @Test
    void anAnswerPassesAsItIs() throws Exception {
        assertThat(interceptor.invoke(invocation(() -> "the agent"))).isEqualTo("the agent");
    }

    /** An invocation whose proceed() runs the given body; nothing else of it is used. */
    private static InvocationContext invocation(Callable<Object> body) {
        return (InvocationContext) Proxy.newProxyInstance(RefusalsUnwrappedTest.class.getClassLoader(),
                new Class<?>[] {InvocationContext.class}, (proxy, method, args) -> {
                    if (method.getName().equals("proceed")) {
                        return body.call();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
