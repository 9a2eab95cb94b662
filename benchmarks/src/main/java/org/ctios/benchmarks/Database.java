package org.ctios.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The database a run of the benchmark gives Payara Micro (and the raw JDBC baseline): H2, embedded in the server as
 * {@code run.sh} has it, or PostgreSQL, the production database, on a server of its own ({@link PostgresServer}).
 * Each Payara Micro the benchmark starts gets a fresh, empty database; Flyway creates the schema.
 */
sealed interface Database {

    /** {@code h2} or {@code postgresql}: what the options and the report call it. */
    String name();

    /** As a reader of BENCHMARKS.md knows it. */
    String title();

    /**
     * A fresh database for one server and the system properties that point Payara Micro at it.
     *
     * @param directory the server's own directory (H2 keeps its file there)
     * @param purpose   a short lowercase name, unique within the run: {@code live}, {@code replay}...
     */
    Map<String, String> freshForPayara(Path directory, String purpose) throws IOException;

    /** A JDBC connection to a fresh database of its own, for the raw JDBC baseline. */
    Connection freshConnection(Path directory, String purpose) throws IOException, SQLException;

    /** H2 in a file under the server's directory: the application's default URL options. */
    record H2() implements Database {

        @Override
        public String name() {
            return "h2";
        }

        @Override
        public String title() {
            return "H2";
        }

        @Override
        public Map<String, String> freshForPayara(Path directory, String purpose) throws IOException {
            Path database = directory.resolve("db");
            Directories.deleteRecursively(database);
            return Map.of("ctios.datasource.url", url(database));
        }

        @Override
        public Connection freshConnection(Path directory, String purpose) throws IOException, SQLException {
            Directories.deleteRecursively(directory);
            return DriverManager.getConnection(url(directory, "baseline"), "ctios", "ctios");
        }

        private static String url(Path directory) {
            return url(directory, "ctios");
        }

        private static String url(Path directory, String file) {
            return "jdbc:h2:file:" + directory.resolve(file).toAbsolutePath() + JdbcBaseline.APPLICATION_URL_OPTIONS;
        }
    }

    /** A database of its own per purpose ({@code bench_live}...) on the benchmark's PostgreSQL server. */
    record PostgreSql(PostgresServer server) implements Database {

        @Override
        public String name() {
            return "postgresql";
        }

        @Override
        public String title() {
            return "PostgreSQL";
        }

        @Override
        public Map<String, String> freshForPayara(Path directory, String purpose) throws IOException {
            String database = server.freshDatabase("bench_" + purpose);
            Map<String, String> properties = new LinkedHashMap<>();
            properties.put("ctios.datasource.class-name", "org.postgresql.ds.PGSimpleDataSource");
            properties.put("ctios.datasource.url", server.url(database));
            properties.put("ctios.datasource.user", PostgresServer.USER);
            properties.put("ctios.datasource.password", PostgresServer.PASSWORD);
            return properties;
        }

        @Override
        public Connection freshConnection(Path directory, String purpose) throws IOException, SQLException {
            return DriverManager.getConnection(server.url(server.freshDatabase("bench_" + purpose)),
                    PostgresServer.USER, PostgresServer.PASSWORD);
        }
    }
}
