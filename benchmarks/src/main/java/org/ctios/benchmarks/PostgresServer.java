package org.ctios.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * A throwaway PostgreSQL server on loopback for the benchmark's runs on PostgreSQL, started and stopped by the
 * container tests' script ({@code arquillian-tests/src/test/postgresql/postgresql.sh}: Debian's postgresql,
 * installed when missing, a cluster in {@code /tmp}, trust authentication for the superuser {@code ctios} on
 * 127.0.0.1, fsync and synchronous commit off). Closing it, or this JVM ending, stops it and deletes the cluster.
 */
final class PostgresServer implements AutoCloseable {

    static final String USER = "ctios";
    static final String PASSWORD = "ctios";
    /** The script may install postgresql with apt-get first. */
    private static final Duration START_TIMEOUT = Duration.ofMinutes(10);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

    private final Path script;
    private final int port;
    private final Path log;
    private final Thread shutdownHook;

    private PostgresServer(Path script, int port, Path log) {
        this.script = script;
        this.port = port;
        this.log = log;
        this.shutdownHook = new Thread(this::stop, "postgresql-stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Starts a server on a free loopback port; its script's output goes to {@code log}. */
    static PostgresServer start(Path script, Path log, Consumer<String> progress)
            throws IOException, InterruptedException {
        if (!Files.isRegularFile(script)) {
            throw new IOException("the PostgreSQL script " + script + " is missing");
        }
        int port = FreePorts.next();
        Files.deleteIfExists(log);
        progress.accept("starting PostgreSQL on 127.0.0.1:" + port + " with " + script + " (log: " + log + ")");
        PostgresServer server = new PostgresServer(script, port, log);
        try {
            server.run(START_TIMEOUT, "start", String.valueOf(port), "false", "false");
        } catch (IOException | InterruptedException | RuntimeException e) {
            server.close();
            throw e;
        }
        progress.accept(Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                .filter(line -> line.startsWith("postgresql:")).findFirst().orElse("postgresql started"));
        return server;
    }

    /** The JDBC URL of a database of this server. */
    String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** Drops the database if it exists and creates it empty; returns its name. */
    String freshDatabase(String name) throws IOException {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
        // The maintenance database initdb creates; the script's own databases are the tests'.
        try (Connection connection = DriverManager.getConnection(url("postgres"), USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + name);
            return name;
        } catch (SQLException e) {
            throw new IOException("cannot create the database " + name + " on " + url("postgres") + ": " + e, e);
        }
    }

    /** Runs the script with the arguments, its output appended to the log, bounded by {@code timeout}. */
    private void run(Duration timeout, String... arguments) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("bash", script.toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new IOException("postgresql.sh " + String.join(" ", arguments) + " did not finish within " + timeout
                    + "; see " + log);
        }
        if (process.exitValue() != 0) {
            throw new IOException("postgresql.sh " + String.join(" ", arguments) + " failed (exit "
                    + process.exitValue() + "); see " + log);
        }
    }

    private void stop() {
        try {
            run(STOP_TIMEOUT, "stop", String.valueOf(port));
        } catch (IOException e) {
            System.err.println("[benchmark] PostgreSQL did not stop cleanly: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running or about to: nothing to remove.
        }
    }
}
