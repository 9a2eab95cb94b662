package org.ctios.server.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.ctios.server.domain.security.AccountStanding;
import org.ctios.server.domain.security.UserAccount;
import org.ctios.server.domain.security.UserAccountRepository;

/** The accounts in the relational database. */
@ApplicationScoped
public class JpaUserAccountRepository implements UserAccountRepository {

    @PersistenceContext(unitName = "ctios")
    private EntityManager entityManager;

    /** For the container, which injects the persistence context. */
    public JpaUserAccountRepository() {
    }

    /** Over a given entity manager, outside a container. */
    public JpaUserAccountRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<UserAccount> find(String userName) {
        return Optional.ofNullable(entityManager.find(UserAccount.class, userName));
    }

    @Override
    public void add(UserAccount account) {
        entityManager.persist(account);
    }

    @Override
    public List<UserAccount> all() {
        // roles fetched in the same query: not one query per account
        return entityManager.createQuery("select distinct a from UserAccount a left join fetch a.roles",
                UserAccount.class).getResultList();
    }

    @Override
    public List<AccountStanding> standings() {
        return entityManager.createQuery("select new org.ctios.server.domain.security.AccountStanding(a.userName, "
                + "a.passwordHash, a.enabled, a.demo) from UserAccount a", AccountStanding.class).getResultList();
    }
}
