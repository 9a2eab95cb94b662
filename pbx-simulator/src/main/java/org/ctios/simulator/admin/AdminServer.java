package org.ctios.simulator.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ctios.protocol.types.CallVariables;
import org.ctios.protocol.types.NamedVariable;

/**
 * The simulator's admin interface over HTTP and JSON, for tests and demos:
 * <ul>
 * <li>{@code POST /calls} {@code {"skillGroup", "ani", "dnis", "callVariables": {"CallVariable1": ...},
 * "ecc": {...}}} injects a customer call and answers {@code {"callId"}} (201); with {@code "agentId"} the call is
 * for that agent alone (skillGroup then optional: the agent's first);</li>
 * <li>{@code PUT /rate} {@code {"callsPerSecond"}} changes the arrival rate (204);</li>
 * <li>{@code POST /sides/A/fail}, {@code /sides/A/restore} (and B) fail and restore a side (204);</li>
 * <li>{@code POST /peripheral/offline}, {@code /peripheral/online} (204);</li>
 * <li>{@code GET /stats}: sessions, events sent per type, calls active and ended, every agent's truth.</li>
 * </ul>
 * Errors answer {@code {"error": "..."}} with 400 (bad input), 404, 405, 409 (the switch refused) or 429 with
 * Retry-After (a bound reached).
 */
public final class AdminServer implements Closeable {

    private static final Logger LOG = Logger.getLogger(AdminServer.class.getName());
    private static final Pattern SIDE_ACTION = Pattern.compile("/sides/([AB])/(fail|restore)");
    private static final Pattern AGENT_TEAM = Pattern.compile("/agents/([0-9]{1,11})/team");
    /** An AgentID as the CTI Server protocol carries it: at most 11 characters (12 bytes with the NUL). */
    private static final Pattern AGENT_ID = Pattern.compile("\\S{1,11}");
    private static final int MAX_BODY = 64 * 1024;

    private final AdministeredSimulator simulator;
    private final HttpServer http;
    private final ExecutorService threads;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private AdminServer(AdministeredSimulator simulator, HttpServer http) {
        this.simulator = simulator;
        this.http = http;
        this.threads = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "simulator-admin");
            thread.setDaemon(true);
            return thread;
        });
        http.setExecutor(threads);
        http.createContext("/", this::handle);
    }

    public static AdminServer start(AdministeredSimulator simulator, InetAddress bindAddress, int port)
            throws IOException {
        AdminServer admin = new AdminServer(simulator, HttpServer.create(new InetSocketAddress(bindAddress, port), 0));
        admin.http.start();
        LOG.info("simulator admin interface on http://" + bindAddress.getHostAddress() + ":" + admin.port());
        return admin;
    }

    public int port() {
        return http.getAddress().getPort();
    }

    /** The body of {@code POST /calls}. */
    record CallRequest(Integer skillGroup, String agentId, String ani, String dnis, Map<String, String> callVariables,
                       Map<String, String> ecc) {
    }

    /** The body of {@code PUT /rate}. */
    record RateRequest(Double callsPerSecond) {
    }

    /** The body of {@code PUT /agents/{id}/team}. */
    record TeamRequest(Integer teamId) {
    }

    private void handle(HttpExchange exchange) {
        try {
            route(exchange);
        } catch (BadRequest | IllegalArgumentException | JsonProcessingException e) {
            respondQuietly(exchange, 400, e.getMessage());
        } catch (MethodNotAllowed e) {
            respondQuietly(exchange, 405, e.getMessage());
        } catch (LimitReached e) {
            exchange.getResponseHeaders().set("Retry-After", String.valueOf(e.retryAfterSeconds()));
            respondQuietly(exchange, 429, e.getMessage());
        } catch (IllegalStateException e) {
            respondQuietly(exchange, 409, e.getMessage());
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "admin request failed", e);
            respondQuietly(exchange, 500, String.valueOf(e.getMessage()));
        } finally {
            exchange.close();
        }
    }

    private void route(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        Matcher side = SIDE_ACTION.matcher(path);
        if (path.equals("/calls")) {
            requireMethod(method, "POST");
            respond(exchange, 201, Map.of("callId", injectCall(read(exchange, CallRequest.class))));
        } else if (path.equals("/rate")) {
            requireMethod(method, "PUT");
            RateRequest request = read(exchange, RateRequest.class);
            if (request.callsPerSecond() == null) {
                throw new BadRequest("callsPerSecond is required");
            }
            simulator.callsPerSecond(request.callsPerSecond());
            respond(exchange, 204, null);
        } else if (side.matches()) {
            requireMethod(method, "POST");
            if (side.group(2).equals("fail")) {
                simulator.failSide(side.group(1));
            } else {
                simulator.restoreSide(side.group(1));
            }
            respond(exchange, 204, null);
        } else if (path.equals("/peripheral/offline") || path.equals("/peripheral/online")) {
            requireMethod(method, "POST");
            simulator.peripheralOnline(path.endsWith("online"));
            respond(exchange, 204, null);
        } else if (AGENT_TEAM.matcher(path).matches()) {
            requireMethod(method, "PUT");
            TeamRequest request = read(exchange, TeamRequest.class);
            if (request.teamId() == null) {
                throw new BadRequest("teamId is required");
            }
            Matcher agent = AGENT_TEAM.matcher(path);
            agent.matches();
            simulator.moveAgentToTeam(agent.group(1), request.teamId());
            respond(exchange, 204, null);
        } else if (path.equals("/stats")) {
            requireMethod(method, "GET");
            respond(exchange, 200, simulator.stats());
        } else {
            respond(exchange, 404, Map.of("error", "no resource " + path));
        }
    }

    private long injectCall(CallRequest request) {
        if (request.agentId() == null) {
            if (request.skillGroup() == null) {
                throw new BadRequest("skillGroup is required (or agentId, for a call to one agent)");
            }
            return simulator.injectCall(request.skillGroup(), request.ani(), request.dnis(),
                    callVariables(request.callVariables()), ecc(request.ecc()));
        }
        if (!AGENT_ID.matcher(request.agentId()).matches()) {
            throw new BadRequest("agentId must be 1 to 11 characters without spaces, was '" + request.agentId() + "'");
        }
        return simulator.injectCallForAgent(request.agentId(), request.skillGroup(), request.ani(), request.dnis(),
                callVariables(request.callVariables()), ecc(request.ecc()));
    }

    private static CallVariables callVariables(Map<String, String> byName) {
        if (byName == null) {
            return CallVariables.none();
        }
        Map<Integer, String> byNumber = new TreeMap<>();
        byName.forEach((name, value) -> {
            if (!name.matches("CallVariable([1-9]|10)")) {
                throw new BadRequest("unknown call variable '" + name + "' (CallVariable1 to CallVariable10)");
            }
            if (value != null && value.length() > CallVariables.MAX_LENGTH) {
                throw new BadRequest(name + " is longer than " + CallVariables.MAX_LENGTH + " characters");
            }
            byNumber.put(Integer.parseInt(name.substring("CallVariable".length())), value);
        });
        return CallVariables.of(byNumber);
    }

    private static List<NamedVariable> ecc(Map<String, String> byName) {
        if (byName == null) {
            return List.of();
        }
        return byName.entrySet().stream().map(entry -> {
            if (entry.getKey().length() > NamedVariable.MAX_NAME_LENGTH || entry.getValue() == null
                    || entry.getValue().length() > NamedVariable.MAX_VALUE_LENGTH) {
                throw new BadRequest("ECC variable '" + entry.getKey() + "' is too long or has no value");
            }
            return new NamedVariable(entry.getKey(), entry.getValue());
        }).toList();
    }

    private <T> T read(HttpExchange exchange, Class<T> type) throws IOException {
        try (InputStream body = exchange.getRequestBody()) {
            byte[] bytes = body.readNBytes(MAX_BODY + 1);
            if (bytes.length > MAX_BODY) {
                throw new BadRequest("request body above " + MAX_BODY + " bytes");
            }
            if (bytes.length == 0) {
                throw new BadRequest("a JSON body is required");
            }
            return json.readValue(bytes, type);
        }
    }

    private static void requireMethod(String actual, String expected) {
        if (!actual.equals(expected)) {
            throw new MethodNotAllowed(actual + " not allowed here; use " + expected);
        }
    }

    private void respond(HttpExchange exchange, int status, Object body) throws IOException {
        if (body == null) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        byte[] bytes = json.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private void respondQuietly(HttpExchange exchange, int status, String error) {
        try {
            respond(exchange, status, Map.of("error", error == null ? "error" : error));
        } catch (IOException e) {
            LOG.fine(() -> "could not send the error answer: " + e.getMessage());
        }
    }

    private static final class BadRequest extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadRequest(String message) {
            super(message);
        }
    }

    private static final class MethodNotAllowed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MethodNotAllowed(String message) {
            super(message);
        }
    }

    @Override
    public void close() {
        http.stop(0);
        threads.shutdownNow();
    }
}
