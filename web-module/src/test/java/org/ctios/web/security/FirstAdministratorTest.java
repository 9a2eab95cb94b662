package org.ctios.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import org.ctios.server.application.UserAccounts;
import org.ctios.server.api.view.Role;
import org.ctios.server.domain.security.UserAccount;
import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;
import org.junit.jupiter.api.Test;
import org.ctios.web.testing.MovableClock;

/** The first administrator of a server whose demo accounts are off. */
class FirstAdministratorTest {

    private final InMemoryAccounts inMemory = new InMemoryAccounts();
    private final Map<String, UserAccount> stored = inMemory.stored;
    private final UserAccounts accounts = inMemory.accounts;
    private final PasswordHashing hashing = new PasswordHashing(new Pbkdf2PasswordHashImpl(),
            new Pbkdf2PasswordHashImpl(), 2000, Duration.ZERO, new MovableClock());

    private void start(String adminPassword) {
        new FirstAdministrator(new SecuritySettings(false, adminPassword), accounts, hashing).create();
    }

    @Test
    void aConfiguredPasswordCreatesANormalAdminAccountThatSignsInWithIt() {
        start("a long secret");

        UserAccount admin = stored.get("admin");
        assertThat(admin.roles()).containsExactly(org.ctios.server.domain.security.Role.ADMIN);
        assertThat(admin.demo()).isFalse();
        assertThat(hashing.matches("admin", "a long secret".toCharArray(), admin.passwordHash())).isTrue();
        assertThat(hashing.matches("admin", "admin".toCharArray(), admin.passwordHash())).isFalse();
    }

    @Test
    void noPasswordOrABlankOneCreatesNothing() {
        start(null);
        start("   ");

        assertThat(stored).isEmpty();
    }

    @Test
    void anExistingAdminKeepsItsPassword() {
        String chosen = hashing.hash("chosen earlier".toCharArray());
        accounts.addIfAbsent("admin", chosen, EnumSet.of(Role.ADMIN), null, null, false);

        start("a long secret");

        assertThat(stored.get("admin").passwordHash()).isEqualTo(chosen);
    }

    @Test
    void aDemoAdminLeftByAnEarlierRunGetsTheConfiguredPasswordAndStopsBeingADemoAccount() {
        accounts.addIfAbsent("admin", hashing.hashForDemo("admin".toCharArray()), EnumSet.of(Role.ADMIN), null, null,
                true);

        start("a long secret");

        UserAccount admin = stored.get("admin");
        assertThat(admin.demo()).isFalse();
        assertThat(admin.roles()).containsExactly(org.ctios.server.domain.security.Role.ADMIN);
        assertThat(hashing.matches("admin", "a long secret".toCharArray(), admin.passwordHash())).isTrue();
        assertThat(hashing.matches("admin", "admin".toCharArray(), admin.passwordHash())).isFalse();
    }

    @Test
    void aShortPasswordStopsTheStartWithTheSettingNamed() {
        assertThatThrownBy(() -> start("short")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ctios.security.admin-password");
        assertThat(stored).isEmpty();
    }
}
