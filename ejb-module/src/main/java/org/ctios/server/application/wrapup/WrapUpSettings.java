package org.ctios.server.application.wrapup;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ctios.connector.api.settings.DurationText;
import org.ctios.server.api.view.WrapUpReason;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The wrap-up settings, read once from MicroProfile Config at start, so that a bad one fails the deployment with the
 * setting's name (and the faulty entry) rather than a request:
 * <ul>
 * <li>{@value #REASONS}: the global catalogue, {@code code=label} entries ({@link WrapUpReasonList});</li>
 * <li>{@value #TEAM_REASONS_PREFIX}{@code <teamId>}: a team's own catalogue, which replaces the global one for its
 * agents (as an environment variable {@code CTIOS_WRAPUP_REASONS_TEAM_<teamId>});</li>
 * <li>{@value #WINDOW}: how long after a call's end its wrap-up may be set at most (a duration, default
 * {@value #WINDOW_DEFAULT}); the agent's next call closes it sooner.</li>
 * </ul>
 */
@ApplicationScoped
public class WrapUpSettings {

    public static final String REASONS = "ctios.wrapup.reasons";
    public static final String TEAM_REASONS_PREFIX = "ctios.wrapup.reasons.team.";
    public static final String WINDOW = "ctios.wrapup.window";
    static final String REASONS_DEFAULT = "sale=Sale,information=Information given,complaint=Complaint,"
            + "callback=Callback needed,no-outcome=No outcome";
    static final String WINDOW_DEFAULT = "PT15M";

    private static final Pattern TEAM_PROPERTY = Pattern.compile("ctios\\.wrapup\\.reasons\\.team\\.([0-9]{1,9})");
    private static final Pattern TEAM_VARIABLE = Pattern.compile("CTIOS_WRAPUP_REASONS_TEAM_([0-9]{1,9})");
    private static final Logger LOG = Logger.getLogger(WrapUpSettings.class.getName());

    private WrapUpCatalogue catalogue;
    private Duration window;

    /** For the container, which reads the settings after making the bean. */
    public WrapUpSettings() {
    }

    private WrapUpSettings(WrapUpCatalogue catalogue, Duration window) {
        this.catalogue = catalogue;
        this.window = window;
    }

    /** Given settings, outside a container. */
    public static WrapUpSettings of(WrapUpCatalogue catalogue, Duration window) {
        return new WrapUpSettings(catalogue, window);
    }

    /** Reads the settings with the application's start, so that a bad one stops the deployment. */
    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        LOG.fine(() -> catalogue().forTeam(null).size() + " global wrap-up reasons, window " + window());
    }

    @PostConstruct
    void read() {
        Config config = ConfigProvider.getConfig(WrapUpSettings.class.getClassLoader());
        read(name -> config.getOptionalValue(name, String.class), config.getPropertyNames());
    }

    /** Reads the settings from a source of values and the names it knows (for the teams' lists). */
    void read(Function<String, Optional<String>> values, Iterable<String> names) {
        List<WrapUpReason> global = WrapUpReasonList.parse(REASONS, values.apply(REASONS).orElse(REASONS_DEFAULT));
        if (global.isEmpty()) {
            throw new IllegalArgumentException(REASONS + ": the global wrap-up reasons must not be empty");
        }
        Map<Integer, List<WrapUpReason>> teams = new HashMap<>();
        for (String name : names) {
            Matcher property = TEAM_PROPERTY.matcher(name);
            Matcher variable = TEAM_VARIABLE.matcher(name);
            Matcher team = property.matches() ? property : variable.matches() ? variable : null;
            if (team != null) {
                List<WrapUpReason> reasons = WrapUpReasonList.parse(name, values.apply(name).orElse(""));
                if (!reasons.isEmpty()) {
                    teams.put(Integer.valueOf(team.group(1)), reasons);
                }
            }
        }
        catalogue = new WrapUpCatalogue(global, teams);
        String windowText = values.apply(WINDOW).orElse(WINDOW_DEFAULT);
        try {
            window = DurationText.parse(windowText);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(WINDOW + " must be " + DurationText.VALUES + ", was '" + windowText
                    + "'", e);
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException(WINDOW + ": '" + windowText + "' must be longer than zero");
        }
    }

    public WrapUpCatalogue catalogue() {
        return catalogue;
    }

    /** How long after a call's end its wrap-up may be set at most. */
    public Duration window() {
        return window;
    }
}
