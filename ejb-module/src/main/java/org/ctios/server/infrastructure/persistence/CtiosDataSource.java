package org.ctios.server.infrastructure.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The application's JTA data source: an embedded H2 file database under {@code ./data} unless MicroProfile Config
 * says otherwise: {@code ctios.datasource.url}, {@code .user}, {@code .password} and {@code .class-name}
 * (environment {@code CTIOS_DATASOURCE_URL} and so on). PostgreSQL is the other database the migrations and the tests
 * cover: {@code CTIOS_DATASOURCE_CLASS_NAME=org.postgresql.ds.PGSimpleDataSource} with a {@code jdbc:postgresql:}
 * URL. The WAR carries that driver: a data source class, since Payara looks for a {@code Driver} class only among
 * its own libraries (where H2's is). Not an XA data source: the database is the transactions' only resource, and
 * H2's XA connection handles drop their per-connection caches at every transaction (measured: a fifth of each
 * event's cost went to re-reading the query timeout setting and re-parsing statements). The container reads the
 * definition from this otherwise idle bean; persistence.xml refers to it by {@link #JNDI_NAME}.
 */
@DataSourceDefinition(
        name = CtiosDataSource.JNDI_NAME,
        className = "${MPCONFIG=ctios.datasource.class-name:org.h2.Driver}",
        url = "${MPCONFIG=ctios.datasource.url:" + CtiosDataSource.DEFAULT_URL + "}",
        user = "${MPCONFIG=ctios.datasource.user:ctios}",
        password = "${MPCONFIG=ctios.datasource.password:ctios}",
        initialPoolSize = 2,
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
            // Each event runs the same few statements: keep them prepared instead of parsing them every time.
            "fish.payara.statement-cache-size=64",
            // Works around payara/Payara#6647: without a type, a cache size makes the pool look for class "null".
            "fish.payara.statement-cache-type= "
        })
@Singleton
public class CtiosDataSource {

    /** JNDI name of the data source. */
    public static final String JNDI_NAME = "java:app/jdbc/ctios";

    /** The database without {@code ctios.datasource.url}: embedded, so no other server can see it. */
    public static final String DEFAULT_URL = "jdbc:h2:file:./data/ctios";
}
