package org.ctios.server.application.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.ctios.server.api.AuditTrail;
import org.ctios.server.api.view.AuditEntryView;
import org.ctios.server.api.view.AuditPage;
import org.ctios.server.infrastructure.persistence.JpaAuditLog;
import org.ctios.server.testing.ModelHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The audit trail over the real mapping and migration (H2): what is kept, found, paged and forgotten. */
class AuditRecordsTest {

    private static final Instant NINE = Instant.parse("2026-12-01T09:00:00Z");

    private final ModelHarness harness = new ModelHarness();

    @AfterEach
    void close() {
        harness.close();
    }

    private void record(AuditTrail.Entry entry) {
        harness.inTransaction(services -> {
            new AuditRecords(new JpaAuditLog(services.entityManager())).record(entry);
            return null;
        });
    }

    private AuditPage page(AuditTrail.Filter filter, int offset, int limit) {
        return harness.inTransaction(services ->
                new AuditRecords(new JpaAuditLog(services.entityManager())).page(filter, offset, limit));
    }

    private static AuditTrail.Filter everything() {
        return new AuditTrail.Filter(null, null, null, null, null);
    }

    @Test
    void anEntryIsKeptAsRecordedAndReadNewestFirst() {
        record(new AuditTrail.Entry(NINE, "supervisor1", "agent-state NOT_READY", "1001", null, null, 200, "ok"));
        record(new AuditTrail.Entry(NINE.plusSeconds(60), "crm", "call-action ANSWER", "1002", 42L, null, 409,
                "urn:ctios:problem:not-enabled"));

        AuditPage page = page(everything(), 0, 10);

        assertThat(page.total()).isEqualTo(2);
        assertThat(page.entries()).extracting(AuditEntryView::actor).containsExactly("crm", "supervisor1");
        AuditEntryView newest = page.entries().get(0);
        assertThat(newest.at()).isEqualTo(NINE.plusSeconds(60));
        assertThat(newest.action()).isEqualTo("call-action ANSWER");
        assertThat(newest.agentId()).isEqualTo("1002");
        assertThat(newest.callId()).isEqualTo(42L);
        assertThat(newest.status()).isEqualTo(409);
        assertThat(newest.outcome()).isEqualTo("urn:ctios:problem:not-enabled");
        assertThat(newest.id()).isGreaterThan(page.entries().get(1).id());
    }

    @Test
    void theFilterNarrowsByTimeActorAgentAndCallAndPagesAreCounted() {
        for (int minute = 0; minute < 5; minute++) {
            record(new AuditTrail.Entry(NINE.plusSeconds(60L * minute), minute % 2 == 0 ? "admin" : "crm",
                    "agent-state READY", "100" + minute, (long) minute, null, 200, "ok"));
        }

        assertThat(page(new AuditTrail.Filter(null, null, "admin", null, null), 0, 10).total()).isEqualTo(3);
        assertThat(page(new AuditTrail.Filter(null, null, null, "1003", null), 0, 10).entries())
                .extracting(AuditEntryView::actor).containsExactly("crm");
        assertThat(page(new AuditTrail.Filter(null, null, null, null, 4L), 0, 10).total()).isEqualTo(1);
        AuditPage between = page(new AuditTrail.Filter(NINE.plusSeconds(60), NINE.plusSeconds(180), null, null,
                null), 0, 10);
        assertThat(between.entries()).extracting(AuditEntryView::agentId).containsExactly("1002", "1001");

        AuditPage second = page(everything(), 2, 2);
        assertThat(second.total()).isEqualTo(5);
        assertThat(second.entries()).extracting(AuditEntryView::agentId).containsExactly("1002", "1001");
    }

    @Test
    void textsLongerThanTheirColumnsAreShortenedNotRefused() {
        record(new AuditTrail.Entry(NINE, "a".repeat(100), "b".repeat(100), "1234567890123456", null,
                "c".repeat(100), 400, "d".repeat(500)));

        AuditEntryView entry = page(everything(), 0, 1).entries().get(0);

        assertThat(entry.actor()).hasSize(64).endsWith("…");
        assertThat(entry.action()).hasSize(64);
        assertThat(entry.agentId()).hasSize(12);
        assertThat(entry.subject()).hasSize(64);
        assertThat(entry.outcome()).hasSize(200);
    }

    @Test
    void entriesOlderThanTheCutoffAreForgottenAndTheOthersKept() {
        record(new AuditTrail.Entry(NINE.minusSeconds(3600), "admin", "set-password", null, null, "crm", 204, "ok"));
        record(new AuditTrail.Entry(NINE, "admin", "set-password", null, null, "1001", 204, "ok"));

        int deleted = harness.inTransaction(services ->
                new AuditRecords(new JpaAuditLog(services.entityManager())).forgetBefore(NINE));

        assertThat(deleted).isEqualTo(1);
        assertThat(page(everything(), 0, 10).entries()).extracting(AuditEntryView::subject).containsExactly("1001");
    }
}
