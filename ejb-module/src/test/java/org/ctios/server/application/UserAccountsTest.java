package org.ctios.server.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.ctios.server.api.view.AccountView;
import org.ctios.server.api.view.Role;
import org.ctios.server.infrastructure.persistence.JpaUserAccountRepository;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The account store over the real migration and mapping: what is written is what authentication reads back. */
class UserAccountsTest {

    private final JdbcDataSource dataSource = new JdbcDataSource();
    private final EntityManagerFactory factory;

    UserAccountsTest() {
        dataSource.setURL("jdbc:h2:mem:accounts-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        factory = Persistence.createEntityManagerFactory("ctios-test",
                Map.of("jakarta.persistence.nonJtaDataSource", dataSource));
    }

    @AfterEach
    void close() {
        factory.close();
    }

    private <T> T inTransaction(Function<UserAccounts, T> work) {
        EntityManager entityManager = factory.createEntityManager();
        try {
            entityManager.getTransaction().begin();
            T result = work.apply(new UserAccounts(new JpaUserAccountRepository(entityManager)));
            entityManager.getTransaction().commit();
            return result;
        } finally {
            if (entityManager.getTransaction().isActive()) {
                entityManager.getTransaction().rollback();
            }
            entityManager.close();
        }
    }

    private boolean did(java.util.function.Predicate<UserAccounts> work) {
        return inTransaction(work::test);
    }

    private java.util.Optional<AccountView> read(String userName) {
        return inTransaction(accounts -> accounts.find(userName));
    }

    @Test
    void anAddedAccountReadsBackWithItsRolesAgentAndTeam() {
        assertThat(did(accounts -> accounts.addIfAbsent("1025", "hash-1", Set.of(Role.AGENT,
                Role.SUPERVISOR), "1025", 1, true))).isTrue();

        AccountView account = read("1025").orElseThrow();

        assertThat(account.roles()).containsExactlyInAnyOrder(Role.AGENT, Role.SUPERVISOR);
        assertThat(account.agentId()).isEqualTo("1025");
        assertThat(account.supervisedTeamId()).isEqualTo(1);
        assertThat(account.passwordHash()).isEqualTo("hash-1");
        assertThat(account.demo()).isTrue();
        assertThat(account.enabled()).isTrue();
    }

    @Test
    void everyAccountReadsBackInOneGoEachWithItsRolesOnce() {
        did(accounts -> accounts.addIfAbsent("1025", "hash-1", Set.of(Role.AGENT, Role.SUPERVISOR), "1025", 1, false));
        did(accounts -> accounts.addIfAbsent("crm", "hash-2", Set.of(Role.CRM), null, null, false));

        java.util.List<AccountView> all = inTransaction(UserAccounts::all);

        assertThat(all).extracting(AccountView::userName).containsExactlyInAnyOrder("1025", "crm");
        assertThat(all).filteredOn(account -> account.userName().equals("1025")).singleElement()
                .satisfies(account -> assertThat(account.roles()).containsExactlyInAnyOrder(Role.AGENT,
                        Role.SUPERVISOR));
    }

    @Test
    void addingAnExistingAccountKeepsItsPassword() {
        inTransaction(accounts -> accounts.addIfAbsent("crm", "chosen", Set.of(Role.CRM), null, null, false));

        assertThat(did(accounts -> accounts.addIfAbsent("crm", "demo", Set.of(Role.CRM), null, null,
                true))).isFalse();
        assertThat(read("crm").orElseThrow().passwordHash())
                .isEqualTo("chosen");
    }

    @Test
    void aChangedPasswordReplacesTheHashAndEndsTheDemoStatus() {
        inTransaction(accounts -> accounts.addIfAbsent("admin", "old", Set.of(Role.ADMIN), null, null, true));

        assertThat(did(accounts -> accounts.changePassword("admin", "new"))).isTrue();

        AccountView account = read("admin").orElseThrow();
        assertThat(account.passwordHash()).isEqualTo("new");
        assertThat(account.demo()).isFalse();
        assertThat(did(accounts -> accounts.changePassword("nobody", "x"))).isFalse();
    }

    @Test
    void anAccountCannotBeAnAgentWithoutNamingTheAgent() {
        assertThatThrownBy(() -> inTransaction(accounts -> accounts.addIfAbsent("someone", "h",
                Set.of(Role.AGENT), null, null, false))).isInstanceOf(IllegalArgumentException.class);
        assertThat(read("someone")).isEmpty();
    }

    @Test
    void theSchemaRefusesARoleThatDoesNotExist() throws SQLException {
        inTransaction(accounts -> accounts.addIfAbsent("crm", "h", Set.of(Role.CRM), null, null, false));
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate(
                    "INSERT INTO user_account_role (user_name, role) VALUES ('crm', 'root')"))
                    .isInstanceOf(SQLException.class);
        }
    }
}
