package org.ctios.server.infrastructure.persistence;

import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.ctios.server.domain.organisation.OrganisationDefinition;
import org.ctios.server.infrastructure.organisation.OrganisationImport;
import org.ctios.server.infrastructure.organisation.OrganisationSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.SessionFactory;
import org.hibernate.SessionFactoryObserver;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * Brings the schema up to date with the Flyway migrations of {@code db/migration} as soon as the persistence unit
 * is created, which the container does while deploying: before any MDB delivery or request can touch the database
 * (an {@code @Startup} bean would run only once the application has started, after the first events arrive).
 * Hibernate's schema generation stays off. Then imports the configured organisation (skill groups, teams,
 * agents). Named by persistence.xml ({@code hibernate.session_factory_observer}).
 */
public class SchemaMigrationOnStart implements SessionFactoryObserver {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SchemaMigrationOnStart.class.getName());

    @Override
    public void sessionFactoryCreated(SessionFactory factory) {
        ConnectionProvider connections = ((SessionFactoryImplementor) factory).getServiceRegistry()
                .requireService(ConnectionProvider.class);
        MigrateResult result = Flyway.configure(SchemaMigrationOnStart.class.getClassLoader())
                .dataSource(connections.unwrap(DataSource.class))
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info("database schema at version " + result.targetSchemaVersion + " ("
                + result.migrationsExecuted + " migrations applied now)");
        importOrganisation(connections.unwrap(DataSource.class));
    }

    /** The configured organisation goes in before any event or request can look for it. */
    private static void importOrganisation(DataSource dataSource) {
        Optional<OrganisationDefinition> organisation = OrganisationSource.configured();
        if (organisation.isEmpty()) {
            LOG.info("no organisation imported (" + OrganisationSource.PROPERTY + "=none)");
            return;
        }
        try {
            int agents = OrganisationImport.write(organisation.get(), dataSource, Instant.now());
            LOG.info("organisation imported: " + organisation.get().skillGroups().size() + " skill groups, "
                    + organisation.get().teams().size() + " teams, " + agents + " agents");
        } catch (SQLException e) {
            throw new IllegalStateException("the organisation could not be imported: " + e.getMessage(), e);
        }
    }
}
