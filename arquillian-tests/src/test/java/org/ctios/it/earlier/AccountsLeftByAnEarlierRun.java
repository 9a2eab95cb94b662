package org.ctios.it.earlier;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.ctios.server.api.Accounts;
import org.ctios.server.api.view.Role;

/**
 * The accounts a server that ran with the demo accounts leaves in its database once an operator has given the admin
 * a real password ({@code PUT /system/users/admin/password} makes it a normal account), and has added an account
 * with the SQL of web-module/README.md. Deployed only by {@code DemoAccountsOffIT}, whose server starts with
 * {@code ctios.security.demo-users=false} on a fresh in-memory database: this writes them there at start.
 */
@Singleton
@Startup
public class AccountsLeftByAnEarlierRun {

    /** The admin's real password. */
    public static final String ADMIN_PASSWORD = "an-operators-real-secret";

    @Inject
    private Accounts accounts;

    @Inject
    private Pbkdf2PasswordHash hashing;

    @Resource(lookup = "java:app/jdbc/ctios")
    private DataSource database;

    /** Each account committed on its own, so the SQL below reads the admin's row as an operator's would. */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void writeThem() {
        hashing.initialize(Map.of("Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", "1024"));
        // As DemoAccounts seeds them: demo accounts whose password is their name.
        accounts.addIfAbsent("crm", hash("crm"), Set.of(Role.CRM), null, null, true);
        accounts.addIfAbsent("supervisor1", hash("supervisor1"), Set.of(Role.SUPERVISOR), null, 1, true);
        accounts.addIfAbsent("1001", hash("1001"), Set.of(Role.AGENT), "1001", null, true);
        // The admin after its password was set.
        accounts.addIfAbsent("admin", hash(ADMIN_PASSWORD), Set.of(Role.ADMIN), null, null, false);
        // An account added as the README says: a copy of another's hash, then a real password set by the admin.
        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement()) {
            sql.executeUpdate("INSERT INTO user_account (user_name, password_hash, agent_id, supervised_team_id) "
                    + "SELECT 'supervisor2', password_hash, NULL, 2 FROM user_account WHERE user_name = 'admin'");
            sql.executeUpdate("INSERT INTO user_account_role (user_name, role) VALUES ('supervisor2', 'supervisor')");
        } catch (SQLException e) {
            throw new IllegalStateException("the README's SQL failed", e);
        }
    }

    private String hash(String password) {
        return hashing.generate(password.toCharArray());
    }
}
