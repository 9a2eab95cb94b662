package org.ctios.server.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.ctios.server.domain.organisation.Organisation;
import org.ctios.server.domain.organisation.SkillGroup;
import org.ctios.server.domain.organisation.Team;

/** The configured skill groups and teams in the relational database. */
@ApplicationScoped
public class JpaOrganisation implements Organisation {

    @PersistenceContext(unitName = "ctios")
    private EntityManager entityManager;

    /** For the container, which injects the persistence context. */
    public JpaOrganisation() {
    }

    /** Over a given entity manager, outside a container. */
    public JpaOrganisation(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<SkillGroup> skillGroups() {
        return entityManager.createQuery("select g from SkillGroup g order by g.number", SkillGroup.class)
                .getResultList();
    }

    @Override
    public Optional<SkillGroup> skillGroup(long number) {
        return Optional.ofNullable(entityManager.find(SkillGroup.class, number));
    }

    @Override
    public List<Team> teams() {
        return entityManager.createQuery("select t from Team t order by t.teamId", Team.class).getResultList();
    }

    @Override
    public Optional<Team> team(int teamId) {
        return Optional.ofNullable(entityManager.find(Team.class, teamId));
    }

    @Override
    public void add(Team team) {
        entityManager.persist(team);
    }
}
