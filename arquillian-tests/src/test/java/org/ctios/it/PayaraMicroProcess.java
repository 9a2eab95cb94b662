package org.ctios.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.MalformedURLException;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A Payara Micro that a test starts itself, as run.sh does: the built RAR and WAR, HTTP and the data grid on loopback
 * only, the demo accounts on, its log in a file beside its root directory. For what Arquillian cannot do: kill the
 * server, or run several.
 */
final class PayaraMicroProcess implements AutoCloseable {

    private final Process process;
    private final int httpPort;
    private final Path log;

    private PayaraMicroProcess(Process process, int httpPort, Path log) {
        this.process = process;
        this.httpPort = httpPort;
        this.log = log;
    }

    /**
     * Starts one in {@code directory} (its root directory, emptied first, and its log {@code name.log} beside it).
     *
     * @param jvmOptions   system properties for the server: the simulator's ports, the database, the cluster
     * @param microOptions Payara Micro options beside the deployments, the HTTP port and the loopback-only settings
     */
    static PayaraMicroProcess start(Path directory, String name, int httpPort, List<String> jvmOptions,
                                    List<String> microOptions) throws IOException {
        Path root = directory.resolve(name + "-root");
        deleteRecursively(root);
        Files.createDirectories(directory);
        File deployments = new File(System.getProperty("ctios.war")).getParentFile();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m",
                // Its data grid on loopback only, as arquillian.xml has it.
                "-Dhazelcast.socket.bind.any=false",
                // The tests sign in as the demo accounts, which are off unless asked for (its HTTP is on loopback).
                "-Dctios.security.demo-users=true"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", System.getProperty("payara.microJar"), "--rootdir", root.toString(),
                "--interfaces", "127.0.0.1",
                "--prebootcommandfile", new File(System.getProperty("ctios.test-classes"), "micro-preboot.txt")
                        .getPath(),
                // the RAR and its connection factory for every application, before the WAR that looks it up
                "--postbootcommandfile", new File(System.getProperty("ctios.test-classes"), "micro-postboot.txt")
                        .getPath(),
                "--port", String.valueOf(httpPort),
                "--deploy", new File(deployments, "cti.war").getPath()));
        command.addAll(microOptions);
        Path log = directory.resolve(name + ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new PayaraMicroProcess(process, httpPort, log);
    }

    /** The URL of its application, as the other servers of a cluster reach it. */
    String url() {
        return "http://127.0.0.1:" + httpPort + "/cti";
    }

    RestClient rest() {
        try {
            return new RestClient(new URL(url() + "/"));
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Kills it with SIGKILL: no shutdown hook, no last commit, no goodbye to the data grid. */
    void kill() throws InterruptedException {
        long pid = process.pid();
        process.destroyForcibly();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("killed").isTrue();
        assertThat(process.exitValue()).as("ended by SIGKILL (128 + 9)").isEqualTo(137);
        assertThat(ProcessHandle.of(pid)).as("no such process any more").isEmpty();
    }

    /**
     * Pauses it with SIGSTOP, as a long GC pause or a stalled machine would: every thread stops, its sockets stay
     * open, and it learns nothing until {@link #resume()}.
     */
    void pause() throws IOException, InterruptedException {
        signal("STOP");
    }

    /** Resumes it with SIGCONT after {@link #pause()}. */
    void resume() throws IOException, InterruptedException {
        signal("CONT");
    }

    private void signal(String name) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + name, String.valueOf(process.pid())).inheritIO().start();
        assertThat(kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0).as("SIG" + name + " sent").isTrue();
    }

    /** What it has logged so far. */
    String log() throws IOException {
        return new String(Files.readAllBytes(log), java.nio.charset.StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws InterruptedException {
        // a paused server ignores SIGTERM but not SIGKILL, which destroyForcibly sends
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    static int freePort() throws IOException {
        return freePorts(1).get(0);
    }

    /**
     * {@code count} free loopback ports, all different: each socket stays open until every port is chosen, so the
     * system cannot hand the same one out twice (a cluster whose two servers shared a port misbehaved in ways that
     * looked like an election fault).
     */
    static List<Integer> freePorts(int count) throws IOException {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                sockets.add(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
            }
            return sockets.stream().map(ServerSocket::getLocalPort).toList();
        } finally {
            for (ServerSocket socket : sockets) {
                socket.close();
            }
        }
    }

    static void deleteRecursively(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> paths = Files.walk(directory)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
