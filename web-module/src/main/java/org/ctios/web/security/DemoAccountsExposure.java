package org.ctios.web.security;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Whether the demo accounts, whose passwords are public, may be on: only while every HTTP listener of the server
 * accepts connections from this machine alone. Otherwise anyone who reaches the server could sign in as
 * {@code admin}/{@code admin} and reset every password.
 */
final class DemoAccountsExposure {

    private DemoAccountsExposure() {
    }

    /**
     * @param listeners the server's HTTP listeners; may throw when they cannot be read, which refuses as well
     * @return why the demo accounts must not be on, or empty when every listener is on loopback
     */
    static Optional<String> refusal(Supplier<List<HttpListener>> listeners) {
        List<HttpListener> read;
        try {
            read = listeners.get();
        } catch (RuntimeException e) {
            return Optional.of(prefix() + e.getMessage() + ", so it cannot be told that only this machine reaches "
                    + "them. " + remedy());
        }
        if (read.isEmpty()) {
            return Optional.of(prefix() + "no HTTP listener of the server was found to check. " + remedy());
        }
        List<HttpListener> outward = read.stream().filter(listener -> !listener.loopbackOnly()).toList();
        if (outward.isEmpty()) {
            return Optional.empty();
        }
        String named = String.join(", ", outward.stream().map(HttpListener::toString).toList());
        return Optional.of(prefix() + (outward.size() == 1 ? "the HTTP listener " + named + " accepts"
                : "the HTTP listeners " + named + " accept") + " connections from beyond this machine, and the demo "
                + "passwords are public (admin/admin). " + remedy());
    }

    private static String prefix() {
        return "Refusing to start with the demo accounts on (" + SecuritySettings.DEMO_USERS + "=true): ";
    }

    private static String remedy() {
        return "Bind every HTTP listener to 127.0.0.1 (run.sh: CTIOS_HTTP_ADDRESS), or turn the demo accounts off ("
                + SecuritySettings.DEMO_USERS + "=false) and give the first administrator's password with "
                + SecuritySettings.ADMIN_PASSWORD + ".";
    }
}
