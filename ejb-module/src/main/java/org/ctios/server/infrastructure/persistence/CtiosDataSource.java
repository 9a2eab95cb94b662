package org.ctios.server.infrastructure.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The application's JTA data source: an embedded H2 file database under {@code ./data} unless MicroProfile Config
 * property {@code ctios.datasource.url} (environment {@code CTIOS_DATASOURCE_URL}) names another. The container
 * reads the definition from this otherwise idle bean; persistence.xml refers to it by {@link #JNDI_NAME}.
 */
@DataSourceDefinition(
        name = CtiosDataSource.JNDI_NAME,
        className = "org.h2.jdbcx.JdbcDataSource",
        url = "${MPCONFIG=ctios.datasource.url:jdbc:h2:file:./data/ctios}",
        user = "${MPCONFIG=ctios.datasource.user:ctios}",
        password = "${MPCONFIG=ctios.datasource.password:ctios}",
        initialPoolSize = 2,
        minPoolSize = 2,
        maxPoolSize = 32)
@Singleton
public class CtiosDataSource {

    /** JNDI name of the data source. */
    public static final String JNDI_NAME = "java:app/jdbc/ctios";
}
