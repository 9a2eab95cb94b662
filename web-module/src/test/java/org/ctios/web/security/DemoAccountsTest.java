package org.ctios.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import org.ctios.server.application.UserAccounts;
import org.ctios.server.infrastructure.organisation.ConfiguredOrganisationSource;
import org.ctios.server.api.view.AccountView;
import org.ctios.server.api.Role;
import org.ctios.server.domain.security.UserAccount;
import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;
import org.junit.jupiter.api.Test;

/** The demo accounts over the bundled demo organisation (ctios.organisation defaults to demo). */
class DemoAccountsTest {

    private final InMemoryAccounts inMemory = new InMemoryAccounts();
    private final Map<String, UserAccount> stored = inMemory.stored;
    private final UserAccounts accounts = inMemory.accounts;
    private final PasswordHashing hashing = new PasswordHashing(new Pbkdf2PasswordHashImpl(),
            new Pbkdf2PasswordHashImpl(), 2000, Duration.ZERO, new PasswordHashingTest.MovableClock());

    private AccountView account(String name) {
        return accounts.find(name).orElseThrow();
    }

    @Test
    void theSwitchOnSeedsCrmAdminSupervisor1AndEveryAgentWithItsIdAsPassword() {
        new DemoAccounts(new SecuritySettings(true), accounts, hashing, new ConfiguredOrganisationSource()).seed();

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
        new DemoAccounts(new SecuritySettings(false), accounts, hashing, new ConfiguredOrganisationSource()).seed();

        assertThat(stored).isEmpty();
    }

    @Test
    void anExistingAccountKeepsItsPasswordAndRoles() {
        String chosen = hashing.hash("a-chosen-password".toCharArray());
        accounts.addIfAbsent("crm", chosen, EnumSet.of(Role.ADMIN), null, null, false);

        new DemoAccounts(new SecuritySettings(true), accounts, hashing, new ConfiguredOrganisationSource()).seed();

        assertThat(account("crm").passwordHash()).isEqualTo(chosen);
        assertThat(account("crm").roles()).containsExactly(Role.ADMIN);
        assertThat(account("crm").demo()).isFalse();
    }
}
