package org.ctios.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@link ApplyBenchmark} does, from {@code --name=value} arguments; every one has a default.
 *
 * @param directory       where the deployments are and where the recording, the logs, the databases and the
 *                        report go (the benchmarks module's target directory)
 * @param warmUpEvents    at most this many frames replayed flat out first, in rounds, until the JIT compilers have
 *                        settled ({@link JitSettling}): the measured phases meet a server whose code is compiled,
 *                        as a contact centre's server is after its first minutes (0: none)
 * @param warmUpRoundEvents frames of one warm-up round
 * @param fixedRateEvents frames replayed at {@code rate} in the first measured phase
 * @param maxRateEvents   frames replayed as fast as the application reads them in the second phase
 * @param rate            the first phase's rate, frames per second
 * @param startTimeout    longest wait for Payara Micro to deploy and the CTI link to open
 * @param phaseTimeout    longest a phase may take, replay and application together
 * @param recordTimeout   longest the recording may take
 * @param profile         whether each phase is recorded with Java Flight Recorder in Payara Micro
 * @param payaraJvmOptions the options of Payara Micro's JVM (heap, collector), as {@code run.sh} gives them
 * @param sseClients      monitor-mode event stream clients open during the fixed-rate phase (0: none, as in the
 *                        figures of record)
 * @param liveAgents      agents of the live switch ({@link LiveLoad})
 * @param liveWarmUp      the sustained live load runs this long before it is measured
 * @param liveSustained   how long the sustained live load is measured
 * @param liveStep        how long each step of the stepped-up live load is measured
 * @param stepRates       calls per second of the steps, in order
 * @param reportDirectory where {@link SystemBenchmark} writes BENCHMARKS.md and BENCHMARKS.json
 * @param fanOutClients   monitor-mode event stream clients of the replay's last phase, flat out ({@link ApplyBenchmark});
 *                        0: no such phase
 * @param shiftAgents     agents of the shift start, each with a desktop ({@link ShiftStart})
 * @param shiftBurst      streams the shift start opens at one instant after its ramp
 * @param shiftRamp       the shift start's desktops start evenly over this time
 * @param shiftWindow     how long a CRM polls the REST API while every stream is open
 * @param databases       the databases the parts run against, in order: {@code h2}, {@code postgresql}
 * @param parts           what runs: {@code live}, {@code shift-start}, {@code replay} (with the codec baseline)
 * @param postgresqlScript the container tests' script that starts and stops a throwaway PostgreSQL server
 */
record BenchmarkSettings(Path directory, int warmUpEvents, int warmUpRoundEvents, int fixedRateEvents,
                         int maxRateEvents, double rate,
                         Duration startTimeout, Duration phaseTimeout, Duration recordTimeout, boolean profile,
                         List<String> payaraJvmOptions, int sseClients, int liveAgents, Duration liveWarmUp,
                         Duration liveSustained, Duration liveStep, List<Double> stepRates, Path reportDirectory,
                         int fanOutClients, int shiftAgents, int shiftBurst, Duration shiftRamp, Duration shiftWindow,
                         List<String> databases, List<String> parts, Path postgresqlScript) {

    static final List<String> DATABASES = List.of("h2", "postgresql");
    static final List<String> PARTS = List.of("live", "shift-start", "replay");

    /** The same as {@code run.sh}'s. */
    static final String DEFAULT_PAYARA_JVM_OPTIONS = "-Xmx1g";

    private static final Set<String> NAMES = Set.of("directory", "warm-up-events", "warm-up-round-events",
            "fixed-rate-events", "max-rate-events", "rate",
            "start-timeout-seconds", "phase-timeout-seconds", "record-timeout-seconds", "profile",
            "payara-jvm-options", "sse-clients", "live-agents", "live-warm-up-seconds", "live-seconds",
            "step-seconds", "step-rates", "report-directory", "fan-out-clients", "shift-agents", "shift-burst",
            "shift-ramp-seconds", "shift-window-seconds", "database", "parts", "postgresql-script");

    BenchmarkSettings {
        payaraJvmOptions = List.copyOf(payaraJvmOptions);
        stepRates = List.copyOf(stepRates);
        databases = List.copyOf(databases);
        parts = List.copyOf(parts);
        if (warmUpEvents < 0 || warmUpRoundEvents < 1 || fixedRateEvents < 1 || maxRateEvents < 1 || !(rate > 0)
                || sseClients < 0 || liveAgents < 1 || stepRates.stream().anyMatch(r -> !(r > 0))
                || fanOutClients < 0 || shiftAgents < 1 || shiftBurst < 0 || shiftRamp.isNegative()
                || shiftWindow.isNegative() || shiftWindow.isZero()) {
            throw new IllegalArgumentException("event counts, agents, rates and the shift's window must be positive, "
                    + "the numbers of event stream clients, the burst and the ramp not negative");
        }
        if (databases.isEmpty() || !DATABASES.containsAll(databases)) {
            throw new IllegalArgumentException("database must be h2, postgresql or both, not " + databases);
        }
        if (parts.isEmpty() || !PARTS.containsAll(parts)) {
            throw new IllegalArgumentException("parts must be some of " + PARTS + ", not " + parts);
        }
    }

    /** The default of every option that changes what is measured (paths are not among them). */
    private static final Map<String, String> DEFAULTS = defaults();

    private static Map<String, String> defaults() {
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("database", "h2");
        defaults.put("parts", String.join(",", PARTS));
        defaults.put("warm-up-events", "360000");
        defaults.put("warm-up-round-events", "60000");
        defaults.put("fixed-rate-events", "100000");
        defaults.put("max-rate-events", "150000");
        defaults.put("rate", "5000");
        defaults.put("start-timeout-seconds", "180");
        defaults.put("phase-timeout-seconds", "300");
        defaults.put("record-timeout-seconds", "240");
        defaults.put("profile", "false");
        defaults.put("payara-jvm-options", DEFAULT_PAYARA_JVM_OPTIONS);
        defaults.put("sse-clients", "0");
        defaults.put("fan-out-clients", "10");
        defaults.put("live-agents", "2000");
        defaults.put("live-warm-up-seconds", "45");
        defaults.put("live-seconds", "60");
        defaults.put("step-seconds", "20");
        defaults.put("step-rates", "100,250,500,750,1000,1500");
        defaults.put("shift-agents", "2000");
        defaults.put("shift-burst", "200");
        defaults.put("shift-ramp-seconds", "60");
        defaults.put("shift-window-seconds", "60");
        return Map.copyOf(defaults);
    }

    private static String value(Map<String, String> values, String name) {
        return values.getOrDefault(name, DEFAULTS.get(name));
    }

    /**
     * The options given that differ from their defaults, as Maven properties ({@code -Dbenchmark.database=both}), in
     * a fixed order: with the command, what BENCHMARKS.md needs to say how its figures were made.
     */
    static List<String> nonDefaultOptions(String... args) {
        Map<String, String> values = new HashMap<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 0) {
                values.put(arg.substring(2, equals), arg.substring(equals + 1));
            }
        }
        return defaults().keySet().stream().filter(values::containsKey)
                .filter(name -> !normalised(values.get(name)).equals(normalised(DEFAULTS.get(name))))
                .sorted().map(name -> "-Dbenchmark." + name + "=" + quoted(values.get(name).trim())).toList();
    }

    private static String normalised(String value) {
        return value.trim().replaceAll("\\s*,\\s*", ",").replaceAll("\\s+", " ");
    }

    private static String quoted(String value) {
        return value.contains(" ") ? "\"" + value + "\"" : value;
    }

    static BenchmarkSettings parse(String... args) {
        Map<String, String> values = new HashMap<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (!arg.startsWith("--") || equals < 0 || !NAMES.contains(arg.substring(2, equals))) {
                throw new IllegalArgumentException("unknown argument '" + arg + "'; arguments are --name=value with "
                        + "name one of " + NAMES);
            }
            values.put(arg.substring(2, equals), arg.substring(equals + 1));
        }
        return new BenchmarkSettings(Path.of(values.getOrDefault("directory", "benchmarks/target")).toAbsolutePath(),
                Integer.parseInt(value(values, "warm-up-events")),
                Integer.parseInt(value(values, "warm-up-round-events")),
                Integer.parseInt(value(values, "fixed-rate-events")),
                Integer.parseInt(value(values, "max-rate-events")),
                Double.parseDouble(value(values, "rate")),
                seconds(value(values, "start-timeout-seconds")),
                seconds(value(values, "phase-timeout-seconds")),
                seconds(value(values, "record-timeout-seconds")),
                Boolean.parseBoolean(value(values, "profile")),
                List.of(value(values, "payara-jvm-options").trim().split("\\s+")),
                Integer.parseInt(value(values, "sse-clients")),
                Integer.parseInt(value(values, "live-agents")),
                seconds(value(values, "live-warm-up-seconds")),
                seconds(value(values, "live-seconds")),
                seconds(value(values, "step-seconds")),
                Arrays.stream(value(values, "step-rates").split(","))
                        .map(String::trim).map(Double::valueOf).toList(),
                Path.of(values.getOrDefault("report-directory", ".")).toAbsolutePath().normalize(),
                Integer.parseInt(value(values, "fan-out-clients")),
                Integer.parseInt(value(values, "shift-agents")),
                Integer.parseInt(value(values, "shift-burst")),
                seconds(value(values, "shift-ramp-seconds")),
                seconds(value(values, "shift-window-seconds")),
                databases(value(values, "database")),
                list(value(values, "parts")),
                Path.of(values.getOrDefault("postgresql-script",
                        "arquillian-tests/src/test/postgresql/postgresql.sh")).toAbsolutePath().normalize());
    }

    /** {@code both} is H2 then PostgreSQL. */
    private static List<String> databases(String value) {
        return value.trim().equals("both") ? DATABASES : list(value);
    }

    private static List<String> list(String value) {
        return Arrays.stream(value.split(",")).map(String::trim).filter(item -> !item.isEmpty()).distinct()
                .toList();
    }

    boolean runs(String part) {
        return parts.contains(part);
    }

    private static Duration seconds(String value) {
        return Duration.ofSeconds(Long.parseLong(value));
    }

    /** Frames the recording needs: the warm-up, the two measured phases, and the fan-out's warm-up round and phase. */
    int totalEvents() {
        return warmUpEvents + fixedRateEvents + maxRateEvents
                + (fanOutClients > 0 ? warmUpRoundEvents + maxRateEvents : 0);
    }

    Path payaraJar() {
        return directory.resolve("payara-micro.jar");
    }

    Path rar() {
        return directory.resolve("cti-connector.rar");
    }

    Path war() {
        return directory.resolve("cti.war");
    }
}
