package org.ctios.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** When the demo accounts may be on: every HTTP listener on loopback, and the listeners known. */
class DemoAccountsExposureTest {

    private static Optional<String> refusal(HttpListener... listeners) {
        return DemoAccountsExposure.refusal(() -> List.of(listeners));
    }

    @Test
    void listenersOnLoopbackAddressesOrOnLocalhostAreAccepted() {
        assertThat(refusal(new HttpListener("http-listener", "127.0.0.1", "8080"),
                new HttpListener("https-listener", "::1", "8181"),
                new HttpListener("http-listener-2", "localhost", "8282"))).isEmpty();
    }

    @Test
    void everyAddressAnOutwardAddressOrNoAddressIsRefusedNamingEachSuchListener() {
        Optional<String> refusal = refusal(new HttpListener("http-listener", "127.0.0.1", "8080"),
                new HttpListener("http-listener-1", "0.0.0.0", "8080"),
                new HttpListener("http-listener-2", "::", "8181"),
                new HttpListener("http-listener-3", "", "8282"),
                new HttpListener("http-listener-4", "192.0.2.10", "8383"));

        assertThat(refusal).hasValueSatisfying(message -> assertThat(message)
                .contains("'http-listener-1' on 0.0.0.0 port 8080", "'http-listener-2' on :: port 8181",
                        "'http-listener-3' on every address port 8282", "'http-listener-4' on 192.0.2.10 port 8383")
                .doesNotContain("'http-listener' on")
                .contains("ctios.security.demo-users=false", "ctios.security.admin-password"));
    }

    @Test
    void aNameThatDoesNotResolveIsNotLoopback() {
        assertThat(new HttpListener("http-listener", "no-such-host.invalid", "8080").loopbackOnly()).isFalse();
    }

    @Test
    void listenersThatCannotBeReadOrNoListenerAtAllRefuseTooSinceNothingProvesLoopback() {
        Optional<String> unreadable = DemoAccountsExposure.refusal(() -> {
            throw new IllegalStateException("the server's HTTP listeners could not be read from its configuration "
                    + "(java.lang.ClassNotFoundException: org.glassfish.internal.api.Globals)");
        });

        assertThat(unreadable).hasValueSatisfying(message -> assertThat(message)
                .contains("could not be read", "ClassNotFoundException"));
        assertThat(refusal()).hasValueSatisfying(message -> assertThat(message).contains("no HTTP listener"));
    }
}
