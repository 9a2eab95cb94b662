package org.ctios.server.infrastructure.organisation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.Instant;
import javax.sql.DataSource;
import org.ctios.server.domain.organisation.OrganisationDefinition;
import org.ctios.server.domain.organisation.OrganisationDefinition.AgentEntry;
import org.ctios.server.domain.organisation.OrganisationDefinition.SkillGroupEntry;
import org.ctios.server.domain.organisation.OrganisationDefinition.TeamEntry;

/**
 * Writes the configured organisation into the database, in one transaction, before the application starts: skill
 * groups and teams are created or renamed; agents are created (logged out) or given their names, team, supervisor
 * flag and configured skill groups, keeping every state the CTI Server reported. Running it again changes nothing
 * more. Plain SQL that H2 and PostgreSQL both run (an update, then an insert where the row is missing), not either's
 * own upsert.
 */
public final class OrganisationImport {

    private OrganisationImport() {
    }

    /**
     * Servers of a cluster that start together import the same organisation at once: one may find a row inserted
     * by another since it looked (a duplicate key). It then imports again, and finds the rows to update.
     */
    private static final int ATTEMPTS = 3;

    /** @return the number of agents in the definition */
    public static int write(OrganisationDefinition organisation, DataSource dataSource, Instant now)
            throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try {
                writeOnce(organisation, dataSource, now);
                return organisation.agents().size();
            } catch (SQLException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private static void writeOnce(OrganisationDefinition organisation, DataSource dataSource, Instant now)
            throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                skillGroups(connection, organisation);
                teams(connection, organisation);
                agents(connection, organisation, now);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    private static void skillGroups(Connection connection, OrganisationDefinition organisation) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE skill_group SET skill_group_id = ?, name = ? WHERE skill_group_number = ?");
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO skill_group (skill_group_number, skill_group_id, name) SELECT ?, ?, ? "
                             + "WHERE NOT EXISTS (SELECT 1 FROM skill_group WHERE skill_group_number = ?)")) {
            for (SkillGroupEntry group : organisation.skillGroups()) {
                update.setObject(1, group.skillGroupId(), Types.BIGINT);
                update.setString(2, group.name());
                update.setLong(3, group.number());
                update.addBatch();
                insert.setLong(1, group.number());
                insert.setObject(2, group.skillGroupId(), Types.BIGINT);
                insert.setString(3, group.name());
                insert.setLong(4, group.number());
                insert.addBatch();
            }
            update.executeBatch();
            insert.executeBatch();
        }
    }

    private static void teams(Connection connection, OrganisationDefinition organisation) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE team SET name = ?, supervisor_id = ? WHERE team_id = ?");
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO team (team_id, name, supervisor_id) SELECT ?, ?, ? "
                             + "WHERE NOT EXISTS (SELECT 1 FROM team WHERE team_id = ?)")) {
            for (TeamEntry team : organisation.teams()) {
                update.setString(1, team.name());
                update.setString(2, team.supervisorId());
                update.setInt(3, team.teamId());
                update.addBatch();
                insert.setInt(1, team.teamId());
                insert.setString(2, team.name());
                insert.setString(3, team.supervisorId());
                insert.setInt(4, team.teamId());
                insert.addBatch();
            }
            update.executeBatch();
            insert.executeBatch();
        }
    }

    private static void agents(Connection connection, OrganisationDefinition organisation, Instant now)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO agent (agent_id, extension, state, reason_code, state_since, version) "
                        + "SELECT ?, ?, 'LOGOUT', 0, ?, 0 "
                        + "WHERE NOT EXISTS (SELECT 1 FROM agent WHERE agent_id = ?)");
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE agent SET team_id = ?, supervisor = ?, extension = COALESCE(extension, ?), "
                             + "first_name = ?, last_name = ?, version = version + 1 WHERE agent_id = ?");
             PreparedStatement membership = connection.prepareStatement(
                     // A new membership starts in the agent's own state until an event reports the group's.
                     "INSERT INTO agent_skill_group (agent_id, skill_group_number, state) "
                             + "SELECT a.agent_id, ?, a.state FROM agent a WHERE a.agent_id = ? AND NOT EXISTS "
                             + "(SELECT 1 FROM agent_skill_group WHERE agent_id = ? AND skill_group_number = ?)")) {
            for (AgentEntry agent : organisation.agents()) {
                insert.setString(1, agent.agentId());
                insert.setString(2, agent.extension());
                insert.setObject(3, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
                insert.setString(4, agent.agentId());
                insert.addBatch();
                update.setObject(1, agent.teamId());
                update.setBoolean(2, agent.supervisor());
                update.setString(3, agent.extension());
                update.setString(4, agent.firstName());
                update.setString(5, agent.lastName());
                update.setString(6, agent.agentId());
                update.addBatch();
                for (Long group : agent.skillGroups()) {
                    membership.setLong(1, group);
                    membership.setString(2, agent.agentId());
                    membership.setString(3, agent.agentId());
                    membership.setLong(4, group);
                    membership.addBatch();
                }
            }
            insert.executeBatch();
            update.executeBatch();
            membership.executeBatch();
        }
    }
}
