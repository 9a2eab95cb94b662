package org.ctios.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ctios.server.api.view.AccountView;
import org.ctios.server.api.view.Role;

/**
 * The identity store over the accounts of the database: a user name and password are valid when the account
 * exists, is enabled, is not a demo account while {@code ctios.security.demo-users} is false, and the password
 * matches its PBKDF2 hash. The caller's groups are its role names, which glassfish-web.xml maps to the roles. A
 * name that may not sign in costs a verification all the same ({@link PasswordHashing#matchesNoAccount}).
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    private AccountDirectory accounts;
    private PasswordHashing passwords;
    private SecuritySettings settings;

    /** For the container's proxy. */
    protected AccountIdentityStore() {
    }

    @Inject
    public AccountIdentityStore(AccountDirectory accounts, PasswordHashing passwords, SecuritySettings settings) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.settings = settings;
    }

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential given)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        Optional<AccountView> account = accounts.find(given.getCaller())
                .filter(AccountView::enabled)
                .filter(found -> !found.demo() || settings.demoUsers());
        if (account.isEmpty()) {
            passwords.matchesNoAccount(given.getPassword().getValue());
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (!passwords.matches(given.getCaller(), given.getPassword().getValue(), account.get().passwordHash())) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(account.get().userName(),
                account.get().roles().stream().map(Role::roleName).collect(Collectors.toSet()));
    }
}
