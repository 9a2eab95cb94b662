package org.ctios.server.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import org.ctios.server.domain.message.Audience;
import org.ctios.server.domain.message.UserMessage;
import org.ctios.server.domain.message.UserMessageStore;

/** The user messages in the relational database. */
@ApplicationScoped
public class JpaUserMessages implements UserMessageStore {

    @PersistenceContext(unitName = "ctios")
    private EntityManager entityManager;

    /** For the container, which injects the persistence context. */
    public JpaUserMessages() {
    }

    /** Over a given entity manager, outside a container. */
    public JpaUserMessages(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public void add(UserMessage message) {
        entityManager.persist(message);
    }

    @Override
    public List<UserMessage> receivedByAgent(String agentId, Integer teamId, boolean supervisesTeam, Instant since,
                                             Long beforeId, int limit) {
        String forTeam = teamId == null ? "" : supervisesTeam
                ? " or (m.audience in (:team, :supervisors) and m.teamId = :teamId)"
                : " or (m.audience = :team and m.teamId = :teamId)";
        TypedQuery<UserMessage> query = page("((m.audience = :agent and m.agentId = :agentId)" + forTeam
                + " or m.audience = :everyone)", since, beforeId, limit)
                .setParameter("agent", Audience.AGENT).setParameter("agentId", agentId);
        if (teamId != null) {
            query.setParameter("team", Audience.TEAM).setParameter("teamId", teamId);
            if (supervisesTeam) {
                query.setParameter("supervisors", Audience.SUPERVISORS);
            }
        }
        return query.getResultList();
    }

    @Override
    public List<UserMessage> receivedBySupervisors(int teamId, Instant since, Long beforeId, int limit) {
        return page("((m.audience = :supervisors and m.teamId = :teamId) or m.audience = :everyone)", since,
                beforeId, limit).setParameter("supervisors", Audience.SUPERVISORS).setParameter("teamId", teamId)
                .getResultList();
    }

    private TypedQuery<UserMessage> page(String audience, Instant since, Long beforeId, int limit) {
        TypedQuery<UserMessage> query = entityManager.createQuery("select m from UserMessage m where " + audience
                + " and m.sentAt >= :since" + (beforeId == null ? "" : " and m.id < :beforeId")
                + " order by m.id desc", UserMessage.class)
                .setParameter("everyone", Audience.EVERYONE).setParameter("since", since).setMaxResults(limit);
        if (beforeId != null) {
            query.setParameter("beforeId", beforeId);
        }
        return query;
    }

    @Override
    public int deleteSentBefore(Instant cutoff) {
        return entityManager.createQuery("delete from UserMessage m where m.sentAt < :cutoff")
                .setParameter("cutoff", cutoff).executeUpdate();
    }
}
