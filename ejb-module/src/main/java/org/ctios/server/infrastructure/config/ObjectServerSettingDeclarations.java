package org.ctios.server.infrastructure.config;

import static org.ctios.connector.api.settings.ValueRule.duration;
import static org.ctios.connector.api.settings.ValueRule.oneOf;
import static org.ctios.connector.api.settings.ValueRule.positiveDuration;
import static org.ctios.connector.api.settings.ValueRule.text;
import static org.ctios.connector.api.settings.ValueRule.wholeNumber;

import java.util.List;
import org.ctios.connector.api.settings.DeclaredSetting;
import org.ctios.connector.api.settings.DeprecatedName;
import org.ctios.connector.api.settings.SettingDeclarations;

/**
 * The object server's settings, each with its key, default, values and meaning: the classes that read them take the
 * key and default written here (web-module's {@code SettingsCatalogueTest} compares every
 * {@code @ConfigProperty} with this list), and the settings reference is made from it. Found by the web module's
 * settings catalogue with {@link java.util.ServiceLoader}.
 */
public final class ObjectServerSettingDeclarations implements SettingDeclarations {

    private static final List<DeclaredSetting> SETTINGS = List.of(
            new DeclaredSetting("ctios.organisation", "demo", text("`demo`, `none` or the path of an organisation "
                    + "file"), "The organisation (agents, teams, skill groups, accounts to seed): the simulator's "
                    + "bundled demo contact centre, none, or a JSON file the simulator reads too."),
            new DeclaredSetting("ctios.teams.source", "switch", oneOf(List.of("switch", "organisation")),
                    "Where team membership and supervisors come from: the CTI Server's team events, or the "
                            + "organisation file alone."),
            new DeclaredSetting("ctios.datasource.class-name", "org.h2.Driver", text("a JDBC driver or "
                    + "DataSource class name"), "The database's JDBC class (`org.postgresql.ds.PGSimpleDataSource` "
                    + "for PostgreSQL)."),
            new DeclaredSetting("ctios.datasource.url", "jdbc:h2:file:./data/ctios", text("a JDBC URL"),
                    "The database; the default is an embedded H2 file no other server can see."),
            new DeclaredSetting("ctios.datasource.user", "ctios", text("a database user"), "The database's user."),
            new DeclaredSetting("ctios.datasource.password", "ctios", text("any text"),
                    "The database user's password."),
            new DeclaredSetting("ctios.datasource.request-share", "16", wholeNumber(1, 32),
                    "Connections of the pool's 32 that REST requests may hold at once; the rest are kept for "
                            + "applying CTI events."),
            new DeclaredSetting("ctios.datasource.request-wait", "PT2S", duration(),
                    "Longest a request waits for its share of the pool before 503 `urn:ctios:problem:server-busy`."),
            new DeclaredSetting("ctios.cti.resource-adapter", "cti-connector", text("the resource adapter's name"),
                    "The deployed CTI connector the application binds to: `cti-connector` on Payara Micro, "
                            + "`#cti-connector` for the EAR on Payara Server."),
            new DeclaredSetting("ctios.agents.state-change-wait", "PT2S", duration(),
                    "Longest an agent state request waits for the stored agent to show the change before it "
                            + "answers 202 with the agent as it is."),
            new DeclaredSetting("ctios.calls.stored-wait", "PT2S", duration(),
                    "Longest a call control or supervision request waits for its change to be stored before it "
                            + "answers 202.", List.of(new DeprecatedName("ctios.calls.stored-wait-millis", "ms"))),
            new DeclaredSetting("ctios.help.alert", "PT5M", positiveDuration(),
                    "How long an Assist or Emergency alert nobody took stays open while its call goes on.",
                    List.of(new DeprecatedName("ctios.help.alert-seconds", "s"))),
            new DeclaredSetting("ctios.agent-statistics.interval", "PT30S", duration(),
                    "An agent's statistics are asked of the switch at most once per interval, and only when read."),
            new DeclaredSetting("ctios.agent-statistics.wait", "PT5S", duration(),
                    "Longest a reader waits for the shared statistics query before 503 "
                            + "`urn:ctios:problem:server-busy`."),
            new DeclaredSetting("ctios.skill-group-statistics.switch-interval", "PT10S", duration(),
                    "A skill group's figures are asked of the switch at most once per interval, only for a read or "
                            + "a stream watching the group."),
            new DeclaredSetting("ctios.skill-group-statistics.switch-wait", "PT5S", duration(),
                    "Longest a reader waits for the shared skill group query; then `fromSwitch.unavailable` says "
                            + "so."),
            new DeclaredSetting("ctios.wrapup.reasons", "sale=Sale,information=Information given,"
                    + "complaint=Complaint,callback=Callback needed,no-outcome=No outcome",
                    text("`code=label` entries separated by commas, at least one"),
                    "The wrap-up reasons agents choose from."),
            new DeclaredSetting("ctios.wrapup.reasons.team.{team}", null,
                    text("`code=label` entries separated by commas"),
                    "A team's own wrap-up reasons, which replace the global list for its agents "
                            + "(`ctios.wrapup.reasons.team.3`, environment `CTIOS_WRAPUP_REASONS_TEAM_3`)."),
            new DeclaredSetting("ctios.wrapup.window", "PT15M", positiveDuration(),
                    "How long after a call's end its wrap-up may be set at most; the agent's next call closes it "
                            + "sooner."),
            new DeclaredSetting("ctios.messages.retention-days", "7", wholeNumber(1, 36_500),
                    "Days user messages are kept."),
            new DeclaredSetting("ctios.audit.retention-days", "90", wholeNumber(1, 36_500),
                    "Days the audit trail is kept; older entries are deleted every hour."),
            new DeclaredSetting("ctios.timeline.retention-days", "31", wholeNumber(1, 36_500),
                    "Days agents' timeline rows are kept; older rows are deleted every hour."),
            new DeclaredSetting("ctios.cluster.instance-url", null, text("an absolute http or https URL with the "
                    + "context root"), "In a cluster, the URL the other servers reach this one at "
                    + "(`http://10.0.0.5:8080/cti`), where they forward control requests while it holds the link; "
                    + "required when `ctios.cluster.enabled` is true."),
            new DeclaredSetting("ctios.cluster.lease", "PT3S", duration(),
                    "How long the link holder's lease lasts unrenewed (at least 500 ms): a holder cut off that long "
                            + "closes its link, a successor waits that long."),
            new DeclaredSetting("ctios.cluster.lease-renewal", null, positiveDuration(),
                    "How often the holder renews its lease; unset, a third of the lease (at most half of it)."));

    @Override
    public String part() {
        return "object server";
    }

    @Override
    public List<DeclaredSetting> settings() {
        return SETTINGS;
    }
}
