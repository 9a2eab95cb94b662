package org.ctios.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.ctios.server.application.UserAccounts;
import org.ctios.server.infrastructure.organisation.ConfiguredOrganisationSource;
import org.ctios.server.api.view.AccountView;
import org.ctios.server.api.view.Role;
import org.ctios.server.domain.security.UserAccount;
import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;
import org.junit.jupiter.api.Test;
import org.ctios.web.testing.MovableClock;

/** The demo accounts over the bundled demo organisation (ctios.organisation defaults to demo). */
class DemoAccountsTest {

    private final InMemoryAccounts inMemory = new InMemoryAccounts();
    private final Map<String, UserAccount> stored = inMemory.stored;
    private final UserAccounts accounts = inMemory.accounts;
    private final PasswordHashing hashing = new PasswordHashing(new Pbkdf2PasswordHashImpl(),
            new Pbkdf2PasswordHashImpl(), 2000, Duration.ZERO, new MovableClock());

    private AccountView account(String name) {
        return accounts.find(name).orElseThrow();
    }

    /** The server as run.sh and the tests start it: its one HTTP listener on loopback. */
    private static final List<HttpListener> ON_LOOPBACK = List.of(new HttpListener("http-listener", "127.0.0.1",
            "8080"));

    private DemoAccounts demoAccounts(boolean on, List<HttpListener> listeners) {
        return new DemoAccounts(new SecuritySettings(on), accounts, hashing, new ConfiguredOrganisationSource(),
                () -> listeners);
    }

    @Test
    void theSwitchOnSeedsCrmAdminSupervisor1AndEveryAgentWithItsIdAsPassword() {
        demoAccounts(true, ON_LOOPBACK).seed();

        assertThat(stored).hasSize(3 + 50);
        assertThat(account("crm").roles()).containsExactly(Role.CRM);
        assertThat(account("admin").roles()).containsExactly(Role.ADMIN);
        assertThat(account("supervisor1").roles()).containsExactly(Role.SUPERVISOR);
        assertThat(account("supervisor1").supervisedTeamId()).isEqualTo(1);
        assertThat(account("1001").roles()).containsExactly(Role.AGENT);
        assertThat(account("1001").agentId()).isEqualTo("1001");
        assertThat(account("1050").roles()).containsExactlyInAnyOrder(Role.AGENT, Role.SUPERVISOR);
        assertThat(account("1050").supervisedTeamId()).isEqualTo(2);
        assertThat(stored.values()).allSatisfy(seeded -> {
            assertThat(seeded.demo()).isTrue();
            assertThat(hashing.matches(seeded.userName(), seeded.userName().toCharArray(), seeded.passwordHash()))
                    .isTrue();
        });
    }

    @Test
    void theSwitchOffSeedsNothing() {
        demoAccounts(false, ON_LOOPBACK).seed();

        assertThat(stored).isEmpty();
    }

    @Test
    void theSwitchOnRefusesToStartWhenAListenerAcceptsConnectionsFromOtherMachinesAndSeedsNothing() {
        DemoAccounts exposed = demoAccounts(true, List.of(new HttpListener("http-listener", "0.0.0.0", "8080")));

        assertThatThrownBy(exposed::seed).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ctios.security.demo-users=true")
                .hasMessageContaining("'http-listener' on 0.0.0.0 port 8080")
                .hasMessageContaining("127.0.0.1");
        assertThat(stored).isEmpty();
    }

    @Test
    void theSwitchOffStartsWhateverTheListenersAre() {
        demoAccounts(false, List.of(new HttpListener("http-listener", "0.0.0.0", "8080"))).seed();

        assertThat(stored).isEmpty();
    }

    @Test
    void anExistingAccountKeepsItsPasswordAndRoles() {
        String chosen = hashing.hash("a-chosen-password".toCharArray());
        accounts.addIfAbsent("crm", chosen, EnumSet.of(Role.ADMIN), null, null, false);

        demoAccounts(true, ON_LOOPBACK).seed();

        assertThat(account("crm").passwordHash()).isEqualTo(chosen);
        assertThat(account("crm").roles()).containsExactly(Role.ADMIN);
        assertThat(account("crm").demo()).isFalse();
    }
}
