package org.ctios.web.events;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.ctios.server.api.view.AccountStandingView;
import org.ctios.web.security.AccountFingerprint;

/**
 * Checks that each open stream's sign-in still holds, every {@code ctios.events.sign-in-check} (default 2 s): its
 * account still exists, is enabled, has the password the stream was opened with (and is no demo account while they
 * are off), and the stream has not outlived its token or {@code ctios.events.max-stream-lifetime}. The accounts'
 * standings are read in one query per check, and only when a stream of a password-signed account is open. A stream
 * that fails ends with a {@code signed-out} event naming why; its client signs in again (or cannot).
 */
final class StreamSignIns {

    private final Supplier<Map<String, AccountStandingView>> standings;
    private final boolean demoUsers;
    private final Clock clock;

    StreamSignIns(Supplier<Map<String, AccountStandingView>> standings, boolean demoUsers, Clock clock) {
        this.standings = standings;
        this.demoUsers = demoUsers;
        this.clock = clock;
    }

    /** @return how many streams were ended */
    int check(EventHub hub) {
        Instant now = clock.instant();
        Supplier<Map<String, AccountStandingView>> once = new Supplier<>() {
            private Map<String, AccountStandingView> read;

            @Override
            public Map<String, AccountStandingView> get() {
                if (read == null) {
                    read = standings.get();
                }
                return read;
            }
        };
        return hub.endWhere(owner -> whyEnd(owner, now, once));
    }

    Optional<String> whyEnd(EventHub.Owner owner, Instant now, Supplier<Map<String, AccountStandingView>> accounts) {
        if (!now.isBefore(owner.until())) {
            return Optional.of("the stream's sign-in has expired (its token, or its longest life): sign in again");
        }
        if (owner.credential() == null) {
            return Optional.empty();
        }
        AccountStandingView standing = accounts.get().get(owner.account());
        if (standing == null) {
            return Optional.of("the account no longer exists");
        }
        if (!standing.enabled()) {
            return Optional.of("the account was disabled");
        }
        if (standing.demo() && !demoUsers) {
            return Optional.of("demo accounts are off");
        }
        if (!AccountFingerprint.of(standing.passwordHash()).equals(owner.credential())) {
            return Optional.of("the account's password was changed: sign in again");
        }
        return Optional.empty();
    }
}
