package org.ctios.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;
import static org.ctios.client.Events.agent;
import static org.ctios.client.Events.call;
import static org.ctios.client.Events.problem;
import static org.ctios.client.Events.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The control requests against the stub: what each sends, and each answer as a value or a typed exception. */
class ControlsTest {

    private StubServer stub;
    private CtiSession session;
    private Agent agent;
    private Call call;

    @BeforeEach
    void openSession() throws Exception {
        stub = new StubServer();
        session = CtiSession.builder(stub.url() + "/cti").basic("1001", "1001").agent("1001").open();
        stub.nextStream(10).event("snapshot", "1", snapshot(agent("1001", "AVAILABLE", "NOT_READY"),
                call("5000001", "CONNECTED", "1001", "HOLD", "RELEASE")));
        await().atMost(Duration.ofSeconds(10)).until(() -> session.call("5000001").isPresent());
        agent = session.agent("1001").orElseThrow();
        call = session.call("5000001").orElseThrow();
    }

    @AfterEach
    void close() {
        session.close();
        stub.close();
    }

    private static <T> T result(CompletionStage<T> stage) throws Exception {
        return stage.toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    private static Throwable failure(CompletionStage<?> stage) {
        Throwable thrown = catchThrowable(() -> result(stage));
        assertThat(thrown).isInstanceOf(ExecutionException.class);
        return thrown.getCause();
    }

    private JsonNode lastBody(String method, String path) {
        var seen = stub.requests(method, path);
        assertThat(seen).as(method + " " + path).isNotEmpty();
        return Json.parse(seen.get(seen.size() - 1).body());
    }

    @Test
    void aStateChangeStoredIs200WithTheAgentAndAConfirmedOne202() throws Exception {
        stub.answer("PUT", "/cti/api/agents/1001/state", 200, agent("1001", "NOT_READY", "READY"));
        Outcome<Agent> stored = result(agent.notReady(2));
        assertThat(stored.stored()).isTrue();
        assertThat(stored.value().state()).isEqualTo("NOT_READY");
        JsonNode body = lastBody("PUT", "/cti/api/agents/1001/state");
        assertThat(body.path("state").asText()).isEqualTo("NOT_READY");
        assertThat(body.path("reasonCode").asInt()).isEqualTo(2);
        assertThat(stub.requests("PUT", "/cti/api/agents/1001/state").get(0).header("Idempotency-Key")).isNotBlank();

        stub.answer("PUT", "/cti/api/agents/1001/state", 202, agent("1001", "AVAILABLE", "NOT_READY"));
        Outcome<Agent> confirmed = result(agent.login("2001", "1001"));
        assertThat(confirmed.status()).isEqualTo(202);
        assertThat(confirmed.stored()).isFalse();
        body = lastBody("PUT", "/cti/api/agents/1001/state");
        assertThat(body.path("state").asText()).isEqualTo("LOGIN");
        assertThat(body.path("instrument").asText()).isEqualTo("2001");
        assertThat(body.path("password").asText()).isEqualTo("1001");
    }

    @Test
    void eachCallActionSendsItsNameAndItsDetail() throws Exception {
        stub.answer("POST", "/cti/api/calls/5000001/actions", 200, call("5000001", "HELD", "1001", "RETRIEVE"));
        assertThat(result(call.actions().hold()).value().state()).isEqualTo("HELD");
        assertThat(lastBody("POST", "/cti/api/calls/5000001/actions").path("action").asText()).isEqualTo("HOLD");
        assertThat(lastBody("POST", "/cti/api/calls/5000001/actions").path("agentId").asText()).isEqualTo("1001");

        result(call.actions().consult("2005"));
        assertThat(lastBody("POST", "/cti/api/calls/5000001/actions").path("destination").asText()).isEqualTo("2005");
        result(call.actionsOf("1002").dropParty("2005"));
        JsonNode drop = lastBody("POST", "/cti/api/calls/5000001/actions");
        assertThat(drop.path("party").asText()).isEqualTo("2005");
        assertThat(drop.path("agentId").asText()).isEqualTo("1002");
        result(call.actions().sendDtmf("12#"));
        assertThat(lastBody("POST", "/cti/api/calls/5000001/actions").path("digits").asText()).isEqualTo("12#");

        stub.answer("POST", "/cti/api/calls/5000001/actions", new StubServer.Answer(204, null, null, Map.of()));
        Outcome<Call> ended = result(call.actions().release());
        assertThat(ended.status()).isEqualTo(204);
        assertThat(ended.result()).isEmpty();

        stub.answer("POST", "/cti/api/calls/5000001/supervise", 200, call("5000001", "CONNECTED", "1001"));
        result(session.supervisor("1025").bargeIn("5000001"));
        JsonNode supervise = lastBody("POST", "/cti/api/calls/5000001/supervise");
        assertThat(supervise.path("action").asText()).isEqualTo("BARGE_IN");
        assertThat(supervise.path("supervisorId").asText()).isEqualTo("1025");

        stub.answer("PUT", "/cti/api/calls/5000001/data", 200, call("5000001", "CONNECTED", "1001"));
        result(call.setData(Map.of("CallVariable2", "case-42"), null, "sold"));
        JsonNode data = lastBody("PUT", "/cti/api/calls/5000001/data");
        assertThat(data.path("callVariables").path("CallVariable2").asText()).isEqualTo("case-42");
        assertThat(data.has("ecc")).isFalse();
        assertThat(data.path("wrapupData").asText()).isEqualTo("sold");
    }

    @Test
    void a409NotEnabledIsAConflictWithTheEnabledActions() {
        stub.answer("POST", "/cti/api/calls/5000001/actions", 409, problem("not-enabled", 409,
                "RETRIEVE is not enabled for this agent on call 5000001", "\"enabledActions\":[\"HOLD\",\"RELEASE\"]"));
        Throwable thrown = failure(call.actions().retrieve());
        assertThat(thrown).isInstanceOf(CtiConflictException.class)
                .hasMessageContaining("RETRIEVE is not enabled");
        CtiConflictException conflict = (CtiConflictException) thrown;
        assertThat(conflict.type()).isEqualTo("urn:ctios:problem:not-enabled");
        assertThat(conflict.enabledActions()).containsExactly("HOLD", "RELEASE");
        assertThat(conflict.status()).isEqualTo(409);
    }

    @Test
    void aRefusalOfTheSwitchIsAConflictNamingItsFailure() {
        stub.answer("PUT", "/cti/api/agents/1001/state", 409, problem("cti-refused", 409, "refused",
                "\"failureCode\":12,\"failureName\":\"INVALID_PASSWORD_SPECIFIED\""));
        CtiConflictException refused = (CtiConflictException) failure(agent.login(null, "wrong"));
        assertThat(refused.failureName()).isEqualTo("INVALID_PASSWORD_SPECIFIED");
        assertThat(refused.problem().properties()).containsEntry("failureCode", 12);
    }

    @Test
    void aLinkDownIsUnavailableWithItsRetryAfterAndASilentCtiServerATimeout() {
        stub.answer("PUT", "/cti/api/agents/1001/state", new StubServer.Answer(503, "application/problem+json",
                problem("link-down", 503, "the CTI link is down", ""), Map.of("Retry-After", "7")));
        CtiUnavailableException down = (CtiUnavailableException) failure(agent.ready());
        assertThat(down.retryAfter()).contains(Duration.ofSeconds(7));
        assertThat(down.type()).isEqualTo("urn:ctios:problem:link-down");

        stub.answer("PUT", "/cti/api/agents/1001/state", 504, problem("cti-timeout", 504, "no confirmation", ""));
        assertThat(failure(agent.ready())).isInstanceOf(CtiTimeoutException.class).hasMessageContaining("cti-timeout");
    }

    @Test
    void badInputUnknownThingsAndAccessHaveTheirOwnExceptions() {
        stub.answer("POST", "/cti/api/calls/5000001/actions", 400, problem("validation", 400, "1 field is invalid",
                "\"errors\":[{\"field\":\"digits\",\"message\":\"only 0-9 * # A-D\"}]"));
        CtiInvalidRequestException invalid = (CtiInvalidRequestException) failure(call.actions().sendDtmf("x"));
        assertThat(invalid.problem().properties().get("errors").toString()).contains("digits");

        assertThat(failure(call.actions().answer())).isInstanceOf(CtiInvalidRequestException.class);
        assertThat(failure(session.readAgent("9999"))).isInstanceOf(CtiNotFoundException.class);
        stub.answer("POST", "/cti/api/calls/5000001/supervise", 403, problem("forbidden", 403, "not yours", ""));
        assertThat(failure(session.supervisor("1050").intercept("5000001"))).isInstanceOf(CtiAccessException.class);
        stub.answer("POST", "/cti/api/messages", new StubServer.Answer(502, "text/html", "<html>proxy</html>",
                Map.of()));
        CtiProblemException other = (CtiProblemException) failure(session.messageEveryone("hello"));
        assertThat(other.status()).isEqualTo(502);
        assertThat(other.type()).isEqualTo("about:blank");
    }

    @Test
    void aServerThatDoesNotAnswerIsAConnectionFailure() throws Exception {
        CtiSession unreachable = CtiSession.builder("http://127.0.0.1:1").basic("1001", "1001").agent("1001")
                .requestTimeout(Duration.ofSeconds(2)).open();
        try {
            assertThat(failure(unreachable.readAgent("1001"))).isInstanceOf(CtiConnectionException.class);
        } finally {
            unreachable.close();
        }
    }

    @Test
    void inMonitorModeNoAgentIsTheSessionsOwn() throws Exception {
        try (CtiSession monitor = CtiSession.builder(stub.url()).basic("crm", "crm").monitor("agent:1001").open()) {
            StubServer.Stream stream = stub.nextStream(10);
            assertThat(stream.request.path()).isEqualTo("/cti/api/events");
            stream.event("snapshot", "1", snapshot("", call("5000001", "CONNECTED", "1001", "HOLD")));
            await().atMost(Duration.ofSeconds(10)).until(() -> monitor.call("5000001").isPresent());
            Call seen = monitor.call("5000001").orElseThrow();
            assertThat(catchThrowable(seen::actions)).isInstanceOf(IllegalStateException.class);
            assertThat(seen.actionsOf("1001")).isNotNull();
        }
    }
}
