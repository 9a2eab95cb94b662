package org.ctios.server.infrastructure.cluster;

import com.hazelcast.core.HazelcastInstance;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.ctios.server.api.LinkHolding;
import org.ctios.server.application.CtiGateway;
import org.ctios.server.application.LinkHandover;
import org.ctios.server.infrastructure.persistence.CtiosDataSource;

/**
 * Elects the one server of the cluster that holds the CTI link: every server watches the link's lease in the shared
 * database, and the one that takes it hands what the database remembers to its connector and opens the link, which
 * then resynchronises from the CTI Server's snapshot. A holder that stops renewing (killed, paused, cut off) is
 * replaced one lease after its last renewal, by whichever server takes the lease first. Outside a cluster it does
 * nothing: the connector opens its link by itself. The data grid carries the relayed notices; it does not decide
 * who holds the link, nor whether the holder lives, since a grid that split and healed can believe two things.
 */
@ApplicationScoped
public class LinkElection implements LinkHolding {

    /** Payara Micro's and Payara Server's data grid, when clustering is on. */
    static final String DATA_GRID_JNDI_NAME = "payara/Hazelcast";
    private static final Logger LOG = Logger.getLogger(LinkElection.class.getName());
    /** How long a server that won but could not open its link leaves the election to the others. */
    private static final Duration STAND_ASIDE = Duration.ofSeconds(10);
    /** Bound on the wait for the election thread when the application stops. */
    private static final long STOP_MILLIS = 5_000;

    @Inject
    private ClusterSettings settings;

    @Inject
    private LeaseSettings lease;

    @Inject
    private LinkHandover handover;

    @Inject
    private CtiGateway control;

    @Inject
    private NoticeRelay relay;

    @Resource
    private ManagedThreadFactory threads;

    @Resource(lookup = CtiosDataSource.JNDI_NAME)
    private DataSource database;

    private volatile Candidacy candidacy;
    private volatile HazelcastInstance grid;
    private Thread candidate;

    /**
     * Joins the election, in a cluster: called by the web module once its servlet context is up, when everything
     * that receives relayed notices has started (the application scope's start event comes earlier in Payara, before
     * the web module's beans can be created on another thread).
     */
    @Override
    public void start() {
        if (!settings.enabled() || candidate != null) {
            return;
        }
        settings.requireSharedDatabase();
        String url = settings.instanceUrl();
        grid = dataGrid();
        relay.start(grid, this::holding);
        UUID member = grid.getCluster().getLocalMember().getUuid();
        Candidacy.Fencing fencing = new Candidacy.Fencing(new LinkLease(new LeaseTable(database), member.toString(),
                url, lease.lease(), System::nanoTime), lease.renewEvery(), lease.margin(), threads, this::closeLink);
        candidacy = new Candidacy(() -> takeOver(url), STAND_ASIDE, fencing, System::nanoTime);
        candidate = threads.newThread(candidacy);
        candidate.setName("ctios-link-election");
        candidate.start();
        LOG.info("cluster of " + grid.getCluster().getMembers().size() + " servers: this one ("
                + url + ") waits to be elected to hold the CTI link");
    }

    private static HazelcastInstance dataGrid() {
        try {
            return (HazelcastInstance) new InitialContext().lookup(DATA_GRID_JNDI_NAME);
        } catch (NamingException | ClassCastException e) {
            throw new IllegalStateException("ctios.cluster.enabled is true but Payara's data grid is not there ("
                    + DATA_GRID_JNDI_NAME + "): start Payara Micro with clustering on (no --nocluster)", e);
        }
    }

    private void takeOver(String url) {
        LOG.info("this server (" + url + ") is elected to hold the CTI link");
        // The events of this holding must come after every event an earlier holder applied.
        long storedEpoch = handover.handOverRemembered();
        control.holdLink(storedEpoch);
    }

    /** At once: this server no longer holds the lease (or stops). */
    private void closeLink() {
        try {
            control.releaseLink();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the CTI link could not be closed (the connector may be stopping)", e);
        }
    }

    /**
     * Refuses the writing of the CTI link's events, in a cluster, unless this server holds the link's lease now: a
     * local check, no round trip to the data grid. Outside a cluster the link is this server's own.
     *
     * @throws LinkLeaseLostException when it may not write
     */
    public void requireWriting() {
        if (!settings.enabled()) {
            return;
        }
        Candidacy current = candidacy;
        if (current == null || !current.mayWrite()) {
            throw new LinkLeaseLostException(current != null && current.lostALease()
                    ? "this server does not hold the CTI link's lease (it lost it)"
                    : "this server does not hold the CTI link's lease");
        }
    }

    @PreDestroy
    void stop() {
        if (candidate != null) {
            candidacy.withdraw();
            try {
                candidate.join(STOP_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        relay.stop();
    }

    /** This server runs in a cluster: it holds the link only when elected. */
    @Override
    public boolean clustered() {
        return settings.enabled();
    }

    /** This server holds the CTI link in its cluster (false outside a cluster: then the link is simply its own). */
    @Override
    public boolean holding() {
        Candidacy current = candidacy;
        return current != null && current.holding();
    }

    /**
     * The URL of the server that holds the link now, if any server of the cluster does: empty outside a cluster,
     * before the first election, while nobody holds the lease, and once its holder has stopped renewing it until the
     * next holder took over. A standby reads it from the lease's row as its candidacy last read it (a quarter of a
     * renewal ago at most), not from the database per request.
     */
    @Override
    public Optional<String> holderUrl() {
        Candidacy current = candidacy;
        if (current == null) {
            return Optional.empty();
        }
        if (current.holding()) {
            return Optional.of(settings.instanceUrl());
        }
        return current.liveHolder().map(LeaseTable.Row::holderUrl);
    }

    @Override
    public String instanceUrl() {
        return settings.instanceUrl();
    }
}
