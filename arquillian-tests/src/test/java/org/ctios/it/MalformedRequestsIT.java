package org.ctios.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the OpenAPI document sent what clients get wrong: malformed JSON, JSON of another shape, another
 * media type, a body over the limit (with its length declared, and chunked), and a path or query parameter of the
 * wrong type. Every answer must be a 4xx {@code application/problem+json} of the RFC 9457 shape the API uses (type,
 * title, the answer's status, a detail naming none of the server's classes), the expected status where the mistake
 * has one, and never a 5xx nor the container's HTML page.
 *
 * <p>Signed in as {@code admin}, who may call every operation, so that no 403 comes before the answer under test;
 * the path parameters name no agent, team, call or account that exists, so that a request wrongly accepted would
 * change nothing.
 */
class MalformedRequestsIT extends DeployedAgainstSimulator {

    /** {@code ctios.api.max-body-bytes} as the product has it by default (the tests do not set it). */
    private static final int MAX_BODY_BYTES = 65_536;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TEMPLATE_PARAMETER = Pattern.compile("\\{([^}]*)\\}");
    /** Well-formed JSON whose members, named as in every request body of the API, have types none of them takes. */
    private static final String WRONG_TYPES = "{\"state\": {}, \"agentId\": [], \"action\": [], \"destination\": {},"
            + " \"supervisorId\": [], \"password\": {}, \"callVariables\": \"x\", \"ecc\": 1, \"wrapupData\": {}}";

    /** One request sent, what it should have been answered, and what it was. */
    private record Case(String operation, String mistake, int expectedStatus, RestClient.RawReply reply) {

        /** What is wrong with the answer, or null when it is as it should be. */
        String fault() {
            if (reply.status() < 400 || reply.status() > 499) {
                return "answered " + reply.status() + ", not a 4xx";
            }
            if (expectedStatus != 0 && reply.status() != expectedStatus) {
                return "answered " + reply.status() + ", not " + expectedStatus;
            }
            if (!reply.contentType().startsWith("application/problem+json")) {
                return "answered " + reply.contentType() + ", not application/problem+json";
            }
            JsonNode problem;
            try {
                problem = JSON.readTree(reply.body());
            } catch (IOException e) {
                return "answered a body that is not JSON";
            }
            if (!problem.path("type").asText().startsWith("urn:ctios:problem:") || problem.path("title").asText()
                    .isBlank() || problem.path("status").asInt() != reply.status()) {
                return "answered a problem without its type, title or status";
            }
            String detail = problem.path("detail").asText();
            if (detail.contains("Exception") || detail.contains("org.ctios") || detail.contains("jakarta.")) {
                return "answered a detail naming the server's internals";
            }
            return null;
        }

        @Override
        public String toString() {
            return operation + " with " + mistake + " " + fault() + ": " + reply.body()
                    .substring(0, Math.min(200, reply.body().length()));
        }
    }

    @Test
    void everyOperationAnswersMalformedBodiesAndParametersWithAProblem() {
        RestClient.RawReply document = rest().anonymous().exchange("GET", "/openapi?format=JSON", null,
                HttpRequest.BodyPublishers.noBody());
        OpenAPI api = new OpenAPIV3Parser().readContents(document.body()).getOpenAPI();
        RestClient admin = rest().as("admin", "admin");

        List<Case> cases = new ArrayList<>();
        TreeSet<String> walked = new TreeSet<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            String name = method + " " + path;
            List<Parameter> parameters = parameters(item, operation);
            String url = fill(path, parameters, Map.of());
            int before = cases.size();
            if (takesJson(operation)) {
                cases.add(send(admin, name, "malformed JSON", 400, method.name(), url, "application/json",
                        "{\"state\": \"LOGIN\", \"agentId\": ".getBytes(StandardCharsets.UTF_8), false));
                cases.add(send(admin, name, "JSON of another shape", 400, method.name(), url, "application/json",
                        "[1, 2]".getBytes(StandardCharsets.UTF_8), false));
                cases.add(send(admin, name, "values of another type", 400, method.name(), url, "application/json",
                        WRONG_TYPES.getBytes(StandardCharsets.UTF_8), false));
                cases.add(send(admin, name, "another media type", 415, method.name(), url, "text/plain",
                        "state=LOGIN".getBytes(StandardCharsets.UTF_8), false));
                byte[] tooLong = tooLongBody();
                cases.add(send(admin, name, "a body over the limit", 413, method.name(), url, "application/json",
                        tooLong, false));
                cases.add(send(admin, name, "a chunked body over the limit", 413, method.name(), url,
                        "application/json", tooLong, true));
            }
            for (Parameter parameter : parameters) {
                if (!isWholeNumber(parameter)) {
                    continue;
                }
                for (String wrong : List.of("abc", "12x", "99999999999999999999")) {
                    String target = "query".equals(parameter.getIn())
                            ? url + (url.contains("?") ? "&" : "?") + parameter.getName() + "=" + wrong
                            : fill(path, parameters, Map.of(parameter.getName(), wrong));
                    // A path parameter that is no number does not match the path (JAX-RS's template): any 4xx.
                    int expected = "query".equals(parameter.getIn()) || wrong.startsWith("9") ? 400 : 0;
                    cases.add(send(admin, name, parameter.getIn() + " parameter " + parameter.getName() + "="
                            + wrong, expected, method.name(), target, takesJson(operation) ? "application/json"
                            : null, takesJson(operation) ? "{}".getBytes(StandardCharsets.UTF_8) : null, false));
                }
            }
            if (cases.size() > before) {
                walked.add(name);
            }
        }));

        System.out.printf("MALFORMED REQUESTS: %d requests to %d operations: %s%n", cases.size(), walked.size(),
                walked);
        assertThat(walked).as("the operations that take a body or a whole-number parameter").contains(
                "PUT /api/agents/{id}/state", "POST /api/calls", "POST /api/calls/{id}/actions",
                "PUT /api/calls/{id}/data", "POST /api/calls/{id}/supervise", "GET /api/calls/history",
                "GET /api/calls", "GET /api/calls/{id}", "GET /api/skillgroups/{number}", "GET /api/events",
                "PUT /api/system/users/{name}/password", "POST /api/agents/{id}/help",
                "POST /api/messages", "GET /api/messages");
        assertThat(cases.stream().filter(one -> one.fault() != null).map(Case::toString).toList())
                .as("requests not answered with the problem they should have been").isEmpty();
    }

    private static List<Parameter> parameters(PathItem item, Operation operation) {
        List<Parameter> all = new ArrayList<>();
        if (item.getParameters() != null) {
            all.addAll(item.getParameters());
        }
        if (operation.getParameters() != null) {
            all.addAll(operation.getParameters());
        }
        return all;
    }

    private static boolean takesJson(Operation operation) {
        return operation.getRequestBody() != null && operation.getRequestBody().getContent() != null
                && operation.getRequestBody().getContent().containsKey("application/json");
    }

    private static boolean isWholeNumber(Parameter parameter) {
        return ("query".equals(parameter.getIn()) || "path".equals(parameter.getIn()))
                && parameter.getSchema() != null
                && ("integer".equals(parameter.getSchema().getType())
                        || "number".equals(parameter.getSchema().getType()));
    }

    /**
     * The path relative to the deployment, each template parameter replaced: by the value given, else by one of
     * its type that names nothing that exists (a number for whole-number parameters).
     */
    private static String fill(String path, List<Parameter> parameters, Map<String, String> values) {
        Matcher template = TEMPLATE_PARAMETER.matcher(path);
        StringBuilder filled = new StringBuilder();
        while (template.find()) {
            String name = template.group(1);
            String value = values.getOrDefault(name, parameters.stream()
                    .filter(parameter -> name.equals(parameter.getName())).findFirst()
                    .filter(MalformedRequestsIT::isWholeNumber).map(parameter -> "1").orElse("no-such-" + name));
            template.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        template.appendTail(filled);
        return filled.substring(1);
    }

    /** Valid JSON that is one byte longer than the limit, so that only its length is wrong. */
    private static byte[] tooLongBody() {
        byte[] body = new byte[MAX_BODY_BYTES + 1];
        Arrays.fill(body, (byte) ' ');
        byte[] object = "{\"agentId\": \"1001\"}".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(object, 0, body, 0, object.length);
        return body;
    }

    private static Case send(RestClient client, String operation, String mistake, int expectedStatus, String method,
                             String url, String contentType, byte[] body, boolean chunked) {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : chunked ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))
                : HttpRequest.BodyPublishers.ofByteArray(body);
        return new Case(operation, mistake, expectedStatus, client.exchange(method, url, contentType, publisher));
    }
}
