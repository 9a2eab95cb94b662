package org.ctios.server.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.ctios.server.domain.agent.Agent;
import org.ctios.server.domain.agent.AgentRepository;

/** Agents in the relational database, through the container's JTA persistence context. */
@ApplicationScoped
public class JpaAgentRepository implements AgentRepository {

    @PersistenceContext(unitName = "ctios")
    private EntityManager entityManager;

    @Override
    public Optional<Agent> find(String agentId) {
        return Optional.ofNullable(entityManager.find(Agent.class, agentId));
    }

    @Override
    public List<Agent> findAll() {
        return entityManager.createQuery("select a from Agent a order by a.agentId", Agent.class).getResultList();
    }

    @Override
    public void add(Agent agent) {
        entityManager.persist(agent);
    }
}
