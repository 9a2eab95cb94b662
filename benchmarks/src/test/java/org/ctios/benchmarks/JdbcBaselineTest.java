package org.ctios.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcBaselineTest {

    @TempDir
    Path directory;

    @Test
    void insertsTheRowsAskedForIntoAFreshDatabase() throws Exception {
        Path database = directory.resolve("db");
        Files.createDirectories(database);
        Files.writeString(database.resolve("left-over.txt"), "from the last run");

        JdbcBaseline.Result result = JdbcBaseline.run(database, 150, 1_234);

        assertThat(result.rows()).isEqualTo(1_234);
        assertThat(result.rowsPerSecond()).isPositive();
        assertThat(database.resolve("left-over.txt")).doesNotExist();
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + database.resolve("baseline"),
                "ctios", "ctios");
             Statement statement = connection.createStatement();
             ResultSet counts = statement.executeQuery("SELECT (SELECT COUNT(*) FROM call_timeline), "
                     + "(SELECT COUNT(*) FROM warm_up_timeline), (SELECT COUNT(DISTINCT call_key) FROM call_timeline)")) {
            counts.next();
            assertThat(counts.getLong(1)).isEqualTo(1_234);
            assertThat(counts.getLong(2)).isEqualTo(150);
            assertThat(counts.getLong(3)).isEqualTo(124);
        }
    }
}
