package org.ctios.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The ceiling the application's writes are compared with: plain JDBC into a fresh database of the same kind as the
 * application's (an H2 file with the application's URL options, or a PostgreSQL database of the same server), rows
 * shaped like one applied event's timeline entry, inserted in batches of 100 with one commit per batch. A warm-up
 * into another table comes first, so the JIT has done its work, as it has in a server that ran a phase already.
 */
final class JdbcBaseline {

    /** The application's H2 URL options after the path (CtiosDataSource's default URL has none). */
    static final String APPLICATION_URL_OPTIONS = "";
    static final int BATCH_SIZE = 100;
    private static final String[] EVENT_TYPES = {"BEGIN_CALL", "CALL_DELIVERED", "CALL_ESTABLISHED", "CALL_HELD",
        "CALL_RETRIEVED", "CALL_CONNECTION_CLEARED", "CALL_CLEARED", "END_CALL", "CALL_DATA_UPDATE"};

    /** What the baseline measured. */
    record Result(int rows, Duration elapsed) {

        double rowsPerSecond() {
            return elapsed.isZero() ? 0 : rows / (elapsed.toNanos() / 1e9);
        }
    }

    private JdbcBaseline() {
    }

    /** Inserts {@code rows} rows (after {@code warmUpRows} unmeasured ones) into an H2 file under {@code directory}. */
    static Result run(Path directory, int warmUpRows, int rows) throws IOException, SQLException {
        return run(new Database.H2(), directory, warmUpRows, rows);
    }

    /** The same into a fresh database of that kind ({@code directory} holds an H2 file). */
    static Result run(Database database, Path directory, int warmUpRows, int rows)
            throws IOException, SQLException {
        try (Connection connection = database.freshConnection(directory, "jdbc_baseline")) {
            createTable(connection, "warm_up_timeline");
            createTable(connection, "call_timeline");
            connection.setAutoCommit(false);
            insert(connection, "warm_up_timeline", warmUpRows);
            long started = System.nanoTime();
            insert(connection, "call_timeline", rows);
            return new Result(rows, Duration.ofNanos(System.nanoTime() - started));
        }
    }

    private static void createTable(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE " + table + " (call_key VARCHAR(36) NOT NULL, entry_number INTEGER NOT NULL, "
                    + "occurred_at TIMESTAMP(6) WITH TIME ZONE NOT NULL, event_type VARCHAR(32) NOT NULL, "
                    + "device_id VARCHAR(64), detail VARCHAR(255), PRIMARY KEY (call_key, entry_number))");
        }
    }

    /** Ten entries per call, as a call's timeline has about ten events. */
    private static void insert(Connection connection, String table, int rows) throws SQLException {
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table
                + " (call_key, entry_number, occurred_at, event_type, device_id, detail) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int row = 0; row < rows; row++) {
                int call = row / 10;
                insert.setString(1, String.format("%08d-0000-4000-8000-%012d", call, call));
                insert.setInt(2, row % 10);
                insert.setObject(3, start.plusNanos(row * 1_000L));
                insert.setString(4, EVENT_TYPES[row % EVENT_TYPES.length]);
                insert.setString(5, String.valueOf(100_001 + call % 2_000));
                insert.setString(6, "agent " + (1001 + call % 2_000) + ", skill group " + (1 + call % 3));
                insert.addBatch();
                if ((row + 1) % BATCH_SIZE == 0 || row == rows - 1) {
                    insert.executeBatch();
                    connection.commit();
                }
            }
        }
    }
}
