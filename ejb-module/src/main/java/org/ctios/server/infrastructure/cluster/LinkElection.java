package org.ctios.server.infrastructure.cluster;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceNotActiveException;
import com.hazelcast.map.IMap;
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
import org.ctios.server.api.LinkHolding;
import org.ctios.server.application.CtiGateway;
import org.ctios.server.application.LinkHandover;

/**
 * Elects the one server of the cluster that holds the CTI link: every server waits for the same lock of Payara's data
 * grid, and the one that gets it hands what the shared database remembers to its connector and opens the link,
 * which then resynchronises from the CTI Server's snapshot. The grid releases the lock of a server that leaves the
 * cluster, killed or not, and the next waiting server takes the link over. Outside a cluster it does nothing: the
 * connector opens its link by itself.
 *
 * <p>Why a data grid lock and not Payara's clustered singleton: the lock tells its holder and only its holder that
 * it won, at once and again after every loss, which is what the connector must hear to open the link.
 */
@ApplicationScoped
public class LinkElection implements LinkHolding {

    /** Payara Micro's and Payara Server's data grid, when clustering is on. */
    static final String DATA_GRID_JNDI_NAME = "payara/Hazelcast";
    static final String MAP = "ctios-cti-link";
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

    private volatile Candidacy candidacy;
    private volatile IMap<String, String> link;
    private HazelcastInstance grid;
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
        String url = settings.instanceUrl();
        grid = dataGrid();
        link = grid.getMap(MAP);
        relay.start(grid, this::holding);
        UUID member = grid.getCluster().getLocalMember().getUuid();
        Candidacy.Fencing fencing = new Candidacy.Fencing(new LinkLease(link, member.toString(), lease.lease(),
                System::nanoTime), lease.renewEvery(), lease.margin(), threads, this::closeLink);
        candidacy = new Candidacy(link, new LinkHolder(member, url).encoded(), () -> takeOver(url), STAND_ASIDE,
                fencing);
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
     * before the first election, and from the moment its holder left the cluster until the next holder took over.
     */
    @Override
    public Optional<String> holderUrl() {
        IMap<String, String> current = link;
        if (current == null) {
            return Optional.empty();
        }
        try {
            String encoded = current.get(Candidacy.HOLDER);
            if (encoded == null) {
                return Optional.empty();
            }
            LinkHolder holder = LinkHolder.decode(encoded);
            boolean present = grid.getCluster().getMembers().stream().map(Member::getUuid)
                    .anyMatch(holder.member()::equals);
            return present && current.isLocked(Candidacy.HOLDER) ? Optional.of(holder.url()) : Optional.empty();
        } catch (HazelcastInstanceNotActiveException e) {
            return Optional.empty();
        }
    }

    @Override
    public String instanceUrl() {
        return settings.instanceUrl();
    }
}
