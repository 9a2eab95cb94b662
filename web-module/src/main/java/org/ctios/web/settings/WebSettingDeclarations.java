package org.ctios.web.settings;

import static org.ctios.connector.api.settings.ValueRule.anyText;
import static org.ctios.connector.api.settings.ValueRule.bool;
import static org.ctios.connector.api.settings.ValueRule.duration;
import static org.ctios.connector.api.settings.ValueRule.positiveDuration;
import static org.ctios.connector.api.settings.ValueRule.text;
import static org.ctios.connector.api.settings.ValueRule.wholeNumber;

import java.util.List;
import org.ctios.connector.api.settings.DeclaredSetting;
import org.ctios.connector.api.settings.DeprecatedName;
import org.ctios.connector.api.settings.SettingDeclarations;

/**
 * The web module's settings, each with its key, default, values and meaning: the classes that read them take the key
 * and default written here ({@code SettingsCatalogueTest} compares every {@code @ConfigProperty} with this list), and
 * the settings reference is made from it.
 */
public final class WebSettingDeclarations implements SettingDeclarations {

    private static final int MAX = Integer.MAX_VALUE;

    private static final List<DeclaredSetting> SETTINGS = List.of(
            new DeclaredSetting("ctios.events.max-streams", "2000", wholeNumber(1, MAX),
                    "Event streams served at once; more are refused with 503 "
                            + "`urn:ctios:problem:too-many-event-streams` and `Retry-After`."),
            new DeclaredSetting("ctios.events.max-streams-per-account", "4", wholeNumber(1, MAX),
                    "Streams one agent or supervisor account may have open at once; more are refused with 429 and "
                            + "`Retry-After`."),
            new DeclaredSetting("ctios.events.max-streams-per-integration-account", "64", wholeNumber(1, MAX),
                    "The same for the `crm` and `admin` accounts."),
            new DeclaredSetting("ctios.events.replay-buffer-size", "5000", wholeNumber(1, MAX),
                    "Events kept for clients that reconnect with `Last-Event-ID`."),
            new DeclaredSetting("ctios.events.stream-queue-limit", "1000", wholeNumber(2, MAX),
                    "Events a stream may be behind before it is closed; at least twice "
                            + "`ctios.events.dispatch-batch-size`."),
            new DeclaredSetting("ctios.events.notice-queue-limit", "10000", wholeNumber(1, MAX),
                    "Committed notices waiting for the dispatcher; more make every stream restart from a snapshot."),
            new DeclaredSetting("ctios.events.writer-threads", "8", wholeNumber(1, 1024),
                    "Threads writing to clients (never blocked by a client)."),
            new DeclaredSetting("ctios.events.dispatch-batch-size", "500", wholeNumber(1, MAX),
                    "Notices the dispatcher takes (and reads for) at once."),
            new DeclaredSetting("ctios.events.heartbeat", "PT15S", positiveDuration(),
                    "Time between heartbeat comments on a stream with nothing to send (whole seconds).",
                    List.of(new DeprecatedName("ctios.events.heartbeat-seconds", "s"))),
            new DeclaredSetting("ctios.events.stall", "PT30S", positiveDuration(),
                    "A stream whose output has not been ready this long is closed.",
                    List.of(new DeprecatedName("ctios.events.stall-seconds", "s"))),
            new DeclaredSetting("ctios.events.statistics-interval", "PT1S", positiveDuration(),
                    "At most one `SkillGroupStatistics` event per skill group per this interval."),
            new DeclaredSetting("ctios.events.max-stream-lifetime", "PT12H", positiveDuration(),
                    "The longest an event stream lives; then it ends and its client signs in again."),
            new DeclaredSetting("ctios.events.sign-in-check", "PT2S", duration(),
                    "How often open streams' sign-ins are checked (disabled accounts, new passwords, expired "
                            + "tokens); 100 ms to 1 min."),
            new DeclaredSetting("ctios.health.delivery-stall", "PT60S", positiveDuration(),
                    "Liveness is DOWN when events wait for delivery and none has completed for this long."),
            new DeclaredSetting("ctios.api.max-body-bytes", "65536", wholeNumber(1, MAX),
                    "The longest request body; a longer one is refused with 413."),
            new DeclaredSetting("ctios.api.idempotency.retention", "PT24H", positiveDuration(),
                    "How long an `Idempotency-Key` and its answer are kept."),
            new DeclaredSetting("ctios.api.idempotency.max-keys", "20000", wholeNumber(1, MAX),
                    "`Idempotency-Key`s kept at most; when full, the oldest is forgotten."),
            new DeclaredSetting("ctios.reason-codes.not-ready",
                    "1=Break,2=Lunch,3=Meeting,4=Training,5=Coaching,6=Outbound work",
                    text("`code=label` entries separated by commas"), "The not-ready reasons desktops offer."),
            new DeclaredSetting("ctios.reason-codes.logout", "1=End of shift,2=Sick,3=Other work",
                    text("`code=label` entries separated by commas"), "The logout reasons desktops offer."),
            new DeclaredSetting("ctios.security.demo-users", "false", bool(),
                    "Seed the demo accounts, whose passwords are public; refused unless every HTTP listener is on "
                            + "loopback."),
            new DeclaredSetting("ctios.security.admin-password", null, text("at least 8 characters"),
                    "The first administrator's password: the `admin` account is created with it at start."),
            new DeclaredSetting("ctios.security.account-cache", "PT10S", duration(),
                    "How old the accounts held in memory for sign-in may grow before the table is read again."),
            new DeclaredSetting("ctios.security.pbkdf2-iterations", "600000", wholeNumber(1024, MAX),
                    "PBKDF2-HMAC-SHA256 iterations of passwords set from now on."),
            new DeclaredSetting("ctios.security.verified-password-lifetime", "PT60S", duration(),
                    "How long a matched password is remembered, so that a client's every request does not cost "
                            + "a derivation."),
            new DeclaredSetting("ctios.security.sign-in.concurrent-verifications", "0", wholeNumber(0, MAX),
                    "Password checks run at once; 0 for as many as there are processors."),
            new DeclaredSetting("ctios.security.sign-in.verification-wait", "PT0.5S", duration(),
                    "Longest a sign-in waits for a password check before 503 with `Retry-After`."),
            new DeclaredSetting("ctios.security.sign-in.free-failures-per-account", "5", wholeNumber(1, MAX),
                    "Failed sign-ins of one account before pauses begin (429 with `Retry-After`)."),
            new DeclaredSetting("ctios.security.sign-in.free-failures-per-address", "50", wholeNumber(1, MAX),
                    "Failed sign-ins from one client address before pauses begin."),
            new DeclaredSetting("ctios.security.sign-in.first-pause", "PT1S", positiveDuration(),
                    "The first pause after the free failures; each further failure doubles it."),
            new DeclaredSetting("ctios.security.sign-in.longest-pause", "PT15M", positiveDuration(),
                    "The longest pause; not below the first."),
            new DeclaredSetting("ctios.security.token.name-claims", "upn,preferred_username,sub",
                    text("claim names separated by commas"), "Bearer tokens: claims tried in turn for the "
                    + "caller's name."),
            new DeclaredSetting("ctios.security.token.roles-claim", "groups", text("a claim name"),
                    "Bearer tokens: the claim with the roles (`agent`, `supervisor`, `crm`, `admin`)."),
            new DeclaredSetting("ctios.security.token.agent-claim", "agent_id", text("a claim name"),
                    "Bearer tokens: the claim with the agent the caller is."),
            new DeclaredSetting("ctios.security.token.team-claim", "supervised_team", text("a claim name"),
                    "Bearer tokens: the claim with the team the caller supervises."),
            new DeclaredSetting("ctios.security.token.clock-skew", "PT60S", duration(),
                    "Bearer tokens: tolerance on `exp` and `nbf`."),
            new DeclaredSetting("ctios.cluster.secret", null, anyText(),
                    "The secret the servers of a cluster sign forwarded requests with: required when "
                            + "`ctios.cluster.enabled` is true, at least 32 characters, the same on every server."));

    @Override
    public String part() {
        return "web module";
    }

    @Override
    public List<DeclaredSetting> settings() {
        return SETTINGS;
    }
}
