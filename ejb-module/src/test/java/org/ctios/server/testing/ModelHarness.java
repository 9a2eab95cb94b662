package org.ctios.server.testing;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.ctios.server.api.view.WrapUpReason;
import org.ctios.server.application.BatchPreload;
import org.ctios.server.application.AgentEvents;
import org.ctios.server.application.AfterCompletion;
import org.ctios.server.application.AgentQueries;
import org.ctios.server.application.AgentsAtDevices;
import org.ctios.server.application.ApplyStatistics;
import org.ctios.server.application.CallEnding;
import org.ctios.server.application.CallEvents;
import org.ctios.server.application.CallKeys;
import org.ctios.server.application.CallQueries;
import org.ctios.server.application.EventApplier;
import org.ctios.server.application.Reconciliation;
import org.ctios.server.application.HistoryQueries;
import org.ctios.server.application.SkillGroupQueries;
import org.ctios.server.application.TeamQueries;
import org.ctios.server.application.live.DatabaseLiveSource;
import org.ctios.server.application.wrapup.WrapUpCatalogue;
import org.ctios.server.application.wrapup.WrapUpService;
import org.ctios.server.application.wrapup.WrapUpSettings;
import org.ctios.server.application.live.LiveModel;
import org.ctios.server.application.live.LiveSource;
import org.ctios.server.application.live.LiveState;
import org.ctios.server.application.message.PendingMessages;
import org.ctios.server.application.supervision.HelpAlerts;
import org.ctios.server.application.supervision.HelpRequestEvents;
import org.ctios.server.application.supervision.SilentMonitors;
import org.ctios.server.application.supervision.SupervisionNoticesApplied;
import org.ctios.server.application.message.UserMessageEvents;
import org.ctios.server.application.team.TeamConfigurationEvents;
import org.ctios.server.infrastructure.persistence.JpaAgentRepository;
import org.ctios.server.infrastructure.persistence.JpaAgentTimeline;
import org.ctios.server.infrastructure.persistence.JpaCallHistory;
import org.ctios.server.infrastructure.persistence.JpaCallRepository;
import org.ctios.server.infrastructure.persistence.JpaOrganisation;
import org.ctios.server.infrastructure.persistence.JpaSkillGroupStatistics;
import org.ctios.server.infrastructure.persistence.JpaUserMessages;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The object server without its container: the real services, repositories, Hibernate mappings and Flyway
 * migrations over an in-memory H2, each unit of work in its own transaction, notices recorded, and the live read
 * model fed by each committed transaction as in the server (read from the database before the first transaction).
 */
public final class ModelHarness implements AutoCloseable {

    /** The services of one transaction. */
    public record Services(EntityManager entityManager, EventApplier events, AgentQueries agents, CallQueries calls,
                           SkillGroupQueries skillGroups, TeamQueries teams, HistoryQueries history,
                           WrapUpService wrapUps) {
    }

    private final JdbcDataSource dataSource = new JdbcDataSource();
    private final EntityManagerFactory factory;
    private final RecordedNotices notices = new RecordedNotices();
    private final ApplyStatistics statistics = new ApplyStatistics();
    private final RecordedApplyMetrics metrics = new RecordedApplyMetrics();
    /** One transaction's hooks and values, as the container's transaction keeps them. */
    private static final class TransactionHooks implements AfterCompletion {
        private final List<Consumer<Boolean>> afterCompletion = new ArrayList<>();
        private final List<Runnable> beforeCommit = new ArrayList<>();
        private final Map<Object, Object> resources = new HashMap<>();

        @Override
        public void register(Consumer<Boolean> outcome) {
            afterCompletion.add(outcome);
        }

        @Override
        public void registerBeforeCommit(Runnable hook) {
            beforeCommit.add(hook);
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T perTransaction(Object key, Supplier<T> first) {
            return (T) resources.computeIfAbsent(key, ignored -> first.get());
        }

        void beforeCommit() {
            List.copyOf(beforeCommit).forEach(Runnable::run);
        }

        void completed(boolean committed) {
            List.copyOf(afterCompletion).forEach(callback -> callback.accept(committed));
        }
    }
    private volatile Clock clock = Clock.systemUTC();
    /** Reads {@link #clock} at each use, so that a test can set it after the model was made. */
    private final Clock currentClock = new Clock() {
        @Override
        public ZoneId getZone() {
            return clock.getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return clock.withZone(zone);
        }

        @Override
        public Instant instant() {
            return clock.instant();
        }
    };
    private final CallKeys callKeys = new CallKeys();
    /** The global list and no team's own, a 15-minute window: what a test does not set itself. */
    private volatile WrapUpSettings wrapUpSettings = WrapUpSettings.of(new WrapUpCatalogue(List.of(
            new WrapUpReason("sale", "Sale"), new WrapUpReason("callback", "Callback needed")), Map.of()),
            Duration.ofMinutes(15));
    /** The calls for help's lifetime in the harness. */
    public static final long ALERT_SECONDS = 300;
    private final LiveModel live = new LiveModel(this::readFromDatabase, currentClock, Runnable::run);
    private final PendingMessages pendingMessages = new PendingMessages(currentClock);
    private final SilentMonitors silentMonitors = new SilentMonitors();
    private final HelpAlerts helpAlerts = new HelpAlerts(currentClock);

    public ModelHarness() {
        SupervisionNoticesApplied supervision = new SupervisionNoticesApplied(silentMonitors, helpAlerts, live);
        live.subscribe((version, change, replaced) -> supervision.apply(change.notices()));
        dataSource.setURL("jdbc:h2:mem:model-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        factory = Persistence.createEntityManagerFactory("ctios-test",
                Map.of("jakarta.persistence.nonJtaDataSource", dataSource));
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public ApplyStatistics statistics() {
        return statistics;
    }

    public RecordedApplyMetrics metrics() {
        return metrics;
    }

    public RecordedNotices notices() {
        return notices;
    }

    /** The live read model the queries read, as the server's. */
    /** The messages sent through the harness's desks whose events have not been applied yet. */
    public PendingMessages pendingMessages() {
        return pendingMessages;
    }

    public LiveModel live() {
        return live;
    }

    /** The silent monitors as the notices this harness's model showed left them. */
    public SilentMonitors silentMonitors() {
        return silentMonitors;
    }

    /** The open calls for help as the notices this harness's model showed left them. */
    public HelpAlerts helpAlerts() {
        return helpAlerts;
    }

    /** A model read from the database now, not installed: what a rebuild would make. */
    public LiveState liveStateFromDatabase() {
        return new LiveModel(this::readFromDatabase, currentClock, Runnable::run).current();
    }

    /**
     * Fails unless the live model, fed by each committed transaction, shows exactly what a model read from the
     * database now shows: every agent and call with its buttons, and every skill group's figures.
     */
    public void assertLiveModelMatchesDatabase() {
        LiveState fed = live.current();
        LiveState read = liveStateFromDatabase();
        Instant now = currentClock.instant();
        assertThat(fed.agents()).as("agents as the changes left them, and as the database has them")
                .isEqualTo(read.agents());
        assertThat(fed.calls()).as("calls in progress as the changes left them, and as the database has them")
                .isEqualTo(read.calls());
        assertThat(fed.skillGroups(now, currentClock.getZone()))
                .as("skill group figures as the changes left them, and as the database has them")
                .isEqualTo(read.skillGroups(now, currentClock.getZone()));
        for (Integer team : read.organisation().teams().keySet()) {
            assertThat(fed.members(team)).as("team " + team + "'s members").isEqualTo(read.members(team));
        }
    }

    private LiveSource.Contents readFromDatabase(ZonedDateTime startOfDay) {
        EntityManager entityManager = factory.createEntityManager();
        try {
            entityManager.getTransaction().begin();
            return new DatabaseLiveSource(new JpaOrganisation(entityManager), new JpaAgentRepository(entityManager),
                    new JpaCallRepository(entityManager), new JpaSkillGroupStatistics(entityManager))
                    .read(startOfDay);
        } finally {
            if (entityManager.getTransaction().isActive()) {
                entityManager.getTransaction().rollback();
            }
            entityManager.close();
        }
    }

    /** The wrap-up catalogue and window the wrap-up service reads. */
    public void wrapUpSettings(WrapUpSettings settings) {
        this.wrapUpSettings = settings;
    }

    /** The clock the skill group statistics read "now" and "today" from (and the wrap-up service). */
    public void clock(Clock fixed) {
        this.clock = fixed;
    }

    /** A transaction a test drives itself, to hold it open while another runs. */
    public final class OpenTransaction implements AutoCloseable {
        private final EntityManager entityManager = factory.createEntityManager();
        private final TransactionHooks hooks = new TransactionHooks();
        private final Services services;
        private boolean ended;

        private OpenTransaction() {
            entityManager.getTransaction().begin();
            services = servicesOf(entityManager, hooks);
        }

        public Services services() {
            return services;
        }

        /** Sends the changes to the database (taking its row locks) without committing. */
        public void flush() {
            entityManager.flush();
        }

        public void commit() {
            hooks.beforeCommit();
            try {
                entityManager.getTransaction().commit();
            } catch (RuntimeException e) {
                ended = true;
                hooks.completed(false);
                throw e;
            }
            ended = true;
            hooks.completed(true);
        }

        @Override
        public void close() {
            if (entityManager.getTransaction().isActive()) {
                entityManager.getTransaction().rollback();
            }
            entityManager.close();
            if (!ended) {
                ended = true;
                hooks.completed(false);
            }
        }
    }

    public OpenTransaction begin() {
        return new OpenTransaction();
    }

    /** Runs the work in one committed transaction (rolled back if it throws). */
    public <T> T inTransaction(Function<Services, T> work) {
        if (!live.isBuilt()) {
            live.current(); // as the server reads it when it starts, before it applies any event
        }
        EntityManager entityManager = factory.createEntityManager();
        TransactionHooks hooks = new TransactionHooks();
        boolean committed = false;
        try {
            entityManager.getTransaction().begin();
            T result = work.apply(servicesOf(entityManager, hooks));
            hooks.beforeCommit();
            entityManager.getTransaction().commit();
            committed = true;
            return result;
        } finally {
            if (entityManager.getTransaction().isActive()) {
                entityManager.getTransaction().rollback();
            }
            entityManager.close();
            hooks.completed(committed);
        }
    }

    public void run(Consumer<Services> work) {
        inTransaction(services -> {
            work.accept(services);
            return null;
        });
    }

    /** Applies the events in one transaction, as the MDB applies a delivery batch. */
    public void applyInOneBatch(org.ctios.connector.api.event.CtiEvent... events) {
        run(services -> services.events().applyAll(List.of(events)));
    }

    /** Applies each event in its own transaction, as the MDB does. */
    public void apply(org.ctios.connector.api.event.CtiEvent... events) {
        for (org.ctios.connector.api.event.CtiEvent event : events) {
            run(services -> services.events().apply(event));
        }
    }

    private Services servicesOf(EntityManager entityManager, AfterCompletion completion) {
        JpaAgentRepository agents = new JpaAgentRepository(entityManager);
        JpaCallRepository calls = new JpaCallRepository(entityManager);
        JpaCallHistory history = new JpaCallHistory(entityManager);
        AgentsAtDevices atDevices = new AgentsAtDevices(agents, live);
        CallEnding ending = new CallEnding(calls, atDevices, history);
        EventApplier applier = new EventApplier(new AgentEvents(agents, new JpaAgentTimeline(entityManager)),
                new CallEvents(calls, atDevices, history, ending, callKeys), new Reconciliation(calls, ending),
                completion, statistics, metrics, new BatchPreload(agents, calls, history), live, notices,
                new UserMessageEvents(new JpaUserMessages(entityManager), pendingMessages, live),
                new TeamConfigurationEvents(agents, new JpaOrganisation(entityManager), "switch"),
                new HelpRequestEvents(helpAlerts, live, Duration.ofSeconds(ALERT_SECONDS)));
        AgentQueries agentQueries = new AgentQueries(live);
        CallQueries callQueries = new CallQueries(live);
        return new Services(entityManager, applier, agentQueries, callQueries,
                new SkillGroupQueries(live), new TeamQueries(live), new HistoryQueries(history),
                new WrapUpService(history, agentQueries, callQueries, wrapUpSettings, currentClock));
    }

    @Override
    public void close() {
        factory.close();
    }
}
