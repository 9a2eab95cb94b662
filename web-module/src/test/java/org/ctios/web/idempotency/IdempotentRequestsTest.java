package org.ctios.web.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.ctios.web.problems.Problem;
import org.ctios.web.problems.ValidationProblem;
import org.junit.jupiter.api.Test;

/**
 * The filter's rules as JAX-RS would run them: its request half, then (unless it answered) the resource, which
 * "sends to the switch" by counting, then its response half.
 */
class IdempotentRequestsTest {

    private static final String DIAL = "{\"agentId\":\"1001\",\"destination\":\"2002\"}";

    private final IdempotentRequests filter = new IdempotentRequests(
            new IdempotencyKeys(Duration.ofHours(24), 100, Clock.systemUTC()));
    private final AtomicInteger sent = new AtomicInteger();

    private Outcome created() {
        int call = sent.incrementAndGet();
        return new Outcome(201, "call " + call, null, "application/json",
                Map.of("Location", "http://h/cti/api/calls/" + call));
    }

    private Outcome serve(String account, String key, String method, String path, String body,
                          Supplier<Outcome> resource) {
        return serve(account, key == null ? null : List.of(key), method, path, body, resource);
    }

    private Outcome serve(String account, List<String> keys, String method, String path, String body,
                          Supplier<Outcome> resource) {
        IdempotentRequests.Admission admission = filter.admit(account, keys, method, path,
                body.getBytes(StandardCharsets.UTF_8));
        if (admission.answer() != null) {
            return admission.answer();
        }
        Outcome outcome = resource.get();
        if (admission.ticket() != null) {
            filter.answered(admission.ticket(), outcome);
        }
        return outcome;
    }

    private Outcome dial(String account, String key) {
        return serve(account, key, "POST", "/cti/api/calls", DIAL, this::created);
    }

    private static String problemType(Outcome outcome) {
        assertThat(outcome.mediaType()).isEqualTo(Problem.MEDIA_TYPE);
        return outcome.entity() instanceof Problem problem ? problem.type()
                : ((ValidationProblem) outcome.entity()).type();
    }

    @Test
    void theSameKeyAndBodyAnswerTheFirstOutcomeAndNothingIsSentTwice() {
        Outcome first = dial("crm", "k1");
        Outcome retried = dial("crm", "k1");

        assertThat(sent).hasValue(1);
        assertThat(first.headers()).doesNotContainKey(IdempotentRequests.REPLAYED);
        assertThat(retried.status()).isEqualTo(201);
        assertThat(retried.entity()).isEqualTo("call 1");
        assertThat(retried.mediaType()).isEqualTo("application/json");
        assertThat(retried.headers()).containsEntry("Location", "http://h/cti/api/calls/1")
                .containsEntry(IdempotentRequests.REPLAYED, "true");
    }

    @Test
    void theSameKeyWithAnotherBodyPathOrMethodIs422AndSendsNothing() {
        dial("crm", "k1");

        Outcome otherBody = serve("crm", "k1", "POST", "/cti/api/calls", DIAL.replace("2002", "2003"),
                this::created);
        Outcome otherPath = serve("crm", "k1", "POST", "/cti/api/calls/5/actions", DIAL, this::created);
        Outcome otherMethod = serve("crm", "k1", "PUT", "/cti/api/calls", DIAL, this::created);

        assertThat(List.of(otherBody, otherPath, otherMethod)).allSatisfy(outcome -> {
            assertThat(outcome.status()).isEqualTo(422);
            assertThat(problemType(outcome)).isEqualTo("urn:ctios:problem:idempotency-key-reused");
        });
        assertThat(sent).hasValue(1);
    }

    @Test
    void theSameRequestWhileTheFirstIsCarriedOutIs409WithRetryAfter() throws Exception {
        CountDownLatch atTheSwitch = new CountDownLatch(1);
        CountDownLatch confirmed = new CountDownLatch(1);
        ExecutorService desktop = Executors.newSingleThreadExecutor();
        try {
            Future<Outcome> first = desktop.submit(() -> serve("crm", "k1", "POST", "/cti/api/calls", DIAL, () -> {
                atTheSwitch.countDown();
                try {
                    confirmed.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return created();
            }));
            assertThat(atTheSwitch.await(10, TimeUnit.SECONDS)).isTrue();

            Outcome meanwhile = dial("crm", "k1");

            assertThat(meanwhile.status()).isEqualTo(409);
            assertThat(problemType(meanwhile)).isEqualTo("urn:ctios:problem:idempotency-request-in-progress");
            assertThat(meanwhile.headers()).containsEntry("Retry-After", IdempotentRequests.RETRY_AFTER_SECONDS);
            confirmed.countDown();
            assertThat(first.get(10, TimeUnit.SECONDS).status()).isEqualTo(201);
        } finally {
            desktop.shutdownNow();
        }
        assertThat(dial("crm", "k1").headers()).containsEntry(IdempotentRequests.REPLAYED, "true");
        assertThat(sent).hasValue(1);
    }

    @Test
    void anotherAccountsSameKeyIsIndependent() {
        dial("crm", "k1");

        Outcome agents = dial("1001", "k1");

        assertThat(agents.entity()).isEqualTo("call 2");
        assertThat(sent).hasValue(2);
    }

    @Test
    void aTimeoutIsReplayedButANothingWasSentAnswerIsCarriedOutAgain() {
        Outcome timeout = new Outcome(504, new Problem("urn:ctios:problem:cti-timeout", "No answer", 504, "late"),
                null, Problem.MEDIA_TYPE, Map.of());
        serve("crm", "k1", "POST", "/cti/api/calls", DIAL, () -> {
            sent.incrementAndGet();
            return timeout;
        });
        assertThat(dial("crm", "k1").status()).as("504: the switch may have dialled").isEqualTo(504);
        assertThat(sent).hasValue(1);

        for (int refused : new int[] {503, 429}) {
            serve("crm", "k" + refused, "POST", "/cti/api/calls", DIAL, () -> {
                sent.incrementAndGet();
                return new Outcome(refused, null, null, null, Map.of("Retry-After", "5"));
            });
        }
        assertThat(dial("crm", "k503").status()).as("503: nothing was sent, so the retry is").isEqualTo(201);
        assertThat(dial("crm", "k429").status()).isEqualTo(201);
        assertThat(sent).hasValue(5);
    }

    @Test
    void aRefusalOfTheSwitchIsAFinalAnswerAndReplayed() {
        Outcome refused = new Outcome(409, new Problem("urn:ctios:problem:not-enabled", "Action not enabled", 409,
                "no"), null, Problem.MEDIA_TYPE, Map.of());
        serve("crm", "k1", "POST", "/cti/api/calls", DIAL, () -> {
            sent.incrementAndGet();
            return refused;
        });

        Outcome again = dial("crm", "k1");

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.entity()).isEqualTo(refused.entity());
        assertThat(sent).hasValue(1);
    }

    @Test
    void withoutAKeyEveryRequestIsCarriedOut() {
        dial("crm", null);
        dial("crm", null);

        assertThat(sent).hasValue(2);
    }

    @Test
    void aKeyThatIsNot1To255VisibleAsciiCharactersOrGivenTwiceIs400() {
        List<List<String>> invalid = new ArrayList<>(List.of(List.of(""), List.of("with space"), List.of("tab\t"),
                List.of("caf\u00e9"), List.of("x".repeat(256)), List.of("a", "b")));
        for (List<String> keys : invalid) {
            Outcome answer = serve("crm", keys, "POST", "/cti/api/calls", DIAL, this::created);
            assertThat(answer.status()).as("%s", keys).isEqualTo(400);
            assertThat(problemType(answer)).isEqualTo("urn:ctios:problem:validation");
            assertThat(((ValidationProblem) answer.entity()).errors()).singleElement()
                    .satisfies(error -> assertThat(error.field()).isEqualTo("Idempotency-Key"));
        }
        assertThat(sent).hasValue(0);

        assertThat(dial("crm", "x".repeat(255)).status()).isEqualTo(201);
        assertThat(dial("crm", "\"8e03978e-40d5-43e8-bc93-6894a57f9324\"").status()).isEqualTo(201);
        assertThat(sent).hasValue(2);
    }
}
