package org.ctios.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.security.enterprise.credential.CallerOnlyCredential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.CredentialValidationResult.Status;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import org.ctios.server.application.UserAccounts;
import org.ctios.server.api.view.Role;
import org.ctios.server.domain.security.UserAccount;
import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;
import org.junit.jupiter.api.Test;
import org.ctios.web.testing.MovableClock;

/** The identity store over accounts hashed by the real PBKDF2: who gets in, with which groups. */
class AccountIdentityStoreTest {

    private final InMemoryAccounts inMemory = new InMemoryAccounts();
    private final Map<String, UserAccount> stored = inMemory.stored;
    private final UserAccounts accounts = inMemory.accounts;
    private final PasswordHashing hashing = new PasswordHashing(new Pbkdf2PasswordHashImpl(),
            new Pbkdf2PasswordHashImpl(), 2000, Duration.ofSeconds(60), new MovableClock());

    private AccountIdentityStore store(boolean demoUsers) {
        return new AccountIdentityStore(new AccountDirectory(accounts, Duration.ZERO), hashing,
                new SecuritySettings(demoUsers));
    }

    private static UsernamePasswordCredential credential(String user, String password) {
        return new UsernamePasswordCredential(user, password);
    }

    @Test
    void theRightPasswordSignsInWithTheRoleNamesAsGroups() {
        accounts.addIfAbsent("1025", hashing.hash("right-password".toCharArray()),
                EnumSet.of(Role.AGENT, Role.SUPERVISOR), "1025", 1, false);

        CredentialValidationResult result = store(true).validate(credential("1025", "right-password"));

        assertThat(result.getStatus()).isEqualTo(Status.VALID);
        assertThat(result.getCallerPrincipal().getName()).isEqualTo("1025");
        assertThat(result.getCallerGroups()).containsExactlyInAnyOrder("agent", "supervisor");
    }

    @Test
    void aWrongPasswordOrAnUnknownUserIsInvalid() {
        accounts.addIfAbsent("crm", hashing.hash("right-password".toCharArray()), EnumSet.of(Role.CRM), null, null,
                false);

        assertThat(store(true).validate(credential("crm", "wrong-password")).getStatus()).isEqualTo(Status.INVALID);
        assertThat(store(true).validate(credential("nobody", "right-password")).getStatus())
                .isEqualTo(Status.INVALID);
    }

    @Test
    void aDisabledAccountIsInvalidWithItsRightPassword() {
        accounts.addIfAbsent("crm", hashing.hash("right-password".toCharArray()), EnumSet.of(Role.CRM), null, null,
                false);
        accounts.enable("crm", false);

        assertThat(store(true).validate(credential("crm", "right-password")).getStatus()).isEqualTo(Status.INVALID);
    }

    @Test
    void demoAccountsAreRefusedWhenTheSwitchIsOffUntilTheirPasswordIsChanged() {
        accounts.addIfAbsent("admin", hashing.hashForDemo("admin".toCharArray()), EnumSet.of(Role.ADMIN), null, null,
                true);

        assertThat(store(true).validate(credential("admin", "admin")).getStatus()).isEqualTo(Status.VALID);
        assertThat(store(false).validate(credential("admin", "admin")).getStatus()).isEqualTo(Status.INVALID);

        accounts.changePassword("admin", hashing.hash("chosen-password".toCharArray()));

        assertThat(store(false).validate(credential("admin", "chosen-password")).getStatus())
                .isEqualTo(Status.VALID);
        assertThat(store(false).validate(credential("admin", "admin")).getStatus()).isEqualTo(Status.INVALID);
    }

    @Test
    void otherCredentialsAreLeftToOtherStores() {
        assertThat(store(true).validate(new CallerOnlyCredential("crm")).getStatus())
                .isEqualTo(Status.NOT_VALIDATED);
    }
}
