package org.ctios.connector.adapter.runtime;

import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import javax.net.SocketFactory;
import org.ctios.connector.adapter.control.ControlRequests;
import org.ctios.connector.adapter.inbound.DeadLetters;
import org.ctios.connector.adapter.inbound.DeliveryOutcomes;
import org.ctios.connector.adapter.inbound.Dispatch;
import org.ctios.connector.adapter.inbound.EndpointDelivery;
import org.ctios.connector.adapter.inbound.EventDispatcher;
import org.ctios.connector.adapter.inbound.EventFilter;
import org.ctios.connector.adapter.inbound.EventTranslator;
import org.ctios.connector.adapter.link.CtiLink;
import org.ctios.connector.adapter.link.KnownDevices;
import org.ctios.connector.adapter.link.LinkListener;
import org.ctios.connector.adapter.link.LinkStatusHolder;
import org.ctios.connector.adapter.link.SnapshotListener;
import org.ctios.connector.adapter.work.LongRunningTask;
import org.ctios.connector.adapter.work.WorkScheduler;
import org.ctios.connector.api.DeadLetter;
import org.ctios.connector.api.LinkStatus;
import org.ctios.connector.api.event.CtiEvent;
import org.ctios.connector.api.event.EventOrigin;
import org.ctios.connector.api.event.SnapshotStarted;
import org.ctios.protocol.CtiMessage;
import org.ctios.protocol.message.agent.QueryAgentStateConf;
import org.ctios.protocol.message.session.OpenConf;
import org.ctios.protocol.message.snapshot.SnapshotCallConf;

/**
 * The connector without its container: the CTI link, the translation of its messages into events, their ordered
 * delivery to message endpoints, and the control requests. The resource adapter runs one; tests run it in a plain
 * JVM against the simulator.
 *
 * <p>Everything the link reports arrives here on its reading thread, in stream order, and leaves in the same order
 * for the delivery workers, which may block it when they cannot keep up.
 */
public final class CtiConnector implements LinkListener, SnapshotListener {

    private static final Logger LOG = Logger.getLogger(CtiConnector.class.getName());
    /** Longest wait, when the link is held again, for its released run to return. */
    private static final long RELEASE_WAIT_SECONDS = 5;

    private final ConnectorSettings settings;
    private final WorkScheduler works;
    private final LinkStatusHolder status;
    private final KnownDevices knownDevices = new KnownDevices();
    private final Clock clock;
    /** Replaced when the link is held on request, before the link's thread starts: then only that thread uses it. */
    private EventTranslator translator;
    private final DeadLetters deadLetters;
    private final EventDispatcher dispatcher;
    private final CtiLink link;
    private final ControlRequests controls;
    private final AtomicBoolean linkStarted = new AtomicBoolean();
    /** The link ran and was released: it must have stopped before it runs again. Guarded by linkStarted. */
    private boolean released;
    /** Reading-thread state: the side of the open session and the snapshot in progress. */
    private String side;
    private EventOrigin snapshotStarted;

    public CtiConnector(ConnectorSettings settings, WorkScheduler works, SocketFactory sockets, Clock clock) {
        this(settings, works, sockets, clock, DeliveryOutcomes.UNWATCHED);
    }

    /** @param outcomes whether each delivery's transaction committed (the container's registry) */
    public CtiConnector(ConnectorSettings settings, WorkScheduler works, SocketFactory sockets, Clock clock,
                        DeliveryOutcomes outcomes) {
        this.settings = settings;
        this.works = works;
        this.status = new LinkStatusHolder(clock);
        this.clock = clock;
        this.translator = new EventTranslator(clock.millis());
        this.deadLetters = new DeadLetters(settings.delivery().deadLetterCapacity());
        EndpointDelivery delivery = new EndpointDelivery(settings.delivery(), deadLetters, status, clock, outcomes);
        this.link = new CtiLink(settings.link(), sockets, clock, this, this, knownDevices, status);
        this.dispatcher = new EventDispatcher(works, settings.delivery(), delivery, link::keepAlive);
        this.controls = new ControlRequests(link, settings.link());
        knownDevices.agents(settings.agentIds());
        status.standby(!settings.holdLinkOnStart());
    }

    /**
     * Starts the link unless it waits for {@link #holdLink()}; returns at once, without touching the network. Each
     * endpoint's delivery workers start when it is activated.
     */
    public void start() {
        if (settings.holdLinkOnStart()) {
            startLink();
        }
    }

    /**
     * Starts the link if it has not started yet: how the server elected to hold the link in a cluster takes it. The
     * link then keeps reconnecting until the connector stops or {@link #releaseLink()} hands it back; it may be held
     * again after that. Its events get an epoch above {@code afterEpoch} (the highest an earlier holder's events had)
     * and above the clock's now.
     *
     * @return true when this call started it
     * @throws IllegalStateException when the link released last has not stopped yet (within 5 s)
     */
    public boolean holdLink(long afterEpoch) {
        synchronized (linkStarted) {
            if (linkStarted.get()) {
                return false;
            }
            if (released) {
                resetReleasedLink();
            }
            long epoch = Math.max(clock.millis(), Math.addExact(afterEpoch, 1));
            translator = new EventTranslator(epoch);
            startLink();
            LOG.info("CTI link held by this server; its events have epoch " + epoch);
        }
        return true;
    }

    private void resetReleasedLink() {
        try {
            if (!link.reset(RELEASE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the CTI link released last has not stopped after "
                        + RELEASE_WAIT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the released CTI link to stop", e);
        }
        released = false;
    }

    /**
     * Closes the link if it is held, and returns at once: the socket closes now, so the CTI Server sees one session
     * fewer, and the connector is on standby again until {@link #holdLink} (in a cluster: this server lost the right
     * to hold the link).
     */
    public void releaseLink() {
        synchronized (linkStarted) {
            if (linkStarted.get()) {
                link.release();
                linkStarted.set(false);
                released = true;
                status.standby(true);
                LOG.warning("CTI link released by this server: it no longer holds it");
            }
        }
    }

    private void startLink() {
        linkStarted.set(true);
        status.standby(false);
        works.start("cti-link", LongRunningTask.of(link, this::release));
    }

    /** Adds a message endpoint that receives every event. */
    public void activate(MessageEndpointFactory endpoint) {
        activate(endpoint, EventFilter.EVERY_EVENT);
    }

    /**
     * Adds a message endpoint, on a delivery lane of its own, that receives the events its filter accepts. Each one
     * that receives snapshot items asks for a resynchronisation, so that it receives the whole state even when the
     * link opened before it was listening: the first of CTI OS's, or another application's deployed after it (the
     * endpoints already active receive that snapshot too, as after a reconnection). The first one also asks, whatever
     * it receives, as the events held until then went to it alone.
     */
    public void activate(MessageEndpointFactory endpoint, EventFilter filter) {
        boolean first = dispatcher.activate(endpoint, filter);
        if (first || filter.receivesSnapshots()) {
            link.requestResync();
        }
        LOG.info("CTI events now delivered to " + endpoint.getActivationName() + " (" + filter + ")");
    }

    /**
     * Removes a message endpoint, waiting up to {@code timeout} for its delivery in progress.
     *
     * @return true when its delivery workers ended in time
     */
    public boolean deactivate(MessageEndpointFactory endpoint, Duration timeout) throws InterruptedException {
        return dispatcher.deactivate(endpoint, timeout);
    }

    /**
     * Adds agents and calls to those read when resynchronising, and resynchronises now when any is new: how an
     * application hands over what it remembers from before the adapter started.
     */
    public void watch(Collection<String> agentIds, Collection<Long> callIds) {
        Set<String> agentsBefore = knownDevices.agentIds();
        Set<Long> callsBefore = knownDevices.activeCalls();
        knownDevices.agents(agentIds);
        callIds.forEach(knownDevices::callActive);
        if (!agentsBefore.containsAll(knownDevices.agentIds()) || !callsBefore.containsAll(
                knownDevices.activeCalls())) {
            link.requestResync();
        }
    }

    /**
     * Stops the link and the delivery workers, all within {@code timeout}.
     *
     * @return true when both stopped in time
     */
    public boolean stop(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        // First release the link's reading thread, which may be waiting for room in a full delivery queue.
        dispatcher.stopAccepting();
        boolean linkStopped = !linkStarted.get() || link.stop(timeout.toMillis(), TimeUnit.MILLISECONDS);
        boolean workersStopped = dispatcher.stop(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
        return linkStopped && workersStopped;
    }

    /**
     * Asks the link and every delivery worker to end, and returns at once: the container releasing the link's Work,
     * which it does only when it shuts down. The reading thread may be waiting for room in a delivery queue, so the
     * lanes close too.
     */
    public void release() {
        dispatcher.stopAccepting();
        link.release();
    }

    public ControlRequests controls() {
        return controls;
    }

    public LinkStatus status() {
        return status.snapshot(dispatcher.endpoints(), dispatcher.pending());
    }

    public List<DeadLetter> deadLetters() {
        return deadLetters.all();
    }

    /** Control requests sent and not yet answered. */
    public int pendingRequests() {
        return link.pendingRequests();
    }

    /** Events waiting for a delivery worker, in every endpoint's lane. */
    public int queuedEvents() {
        return dispatcher.queued();
    }

    // ---------------------------------------------------------------- from the link's reading thread

    @Override
    public void linkUp(String openedSide, OpenConf confirmation, Instant at) {
        side = openedSide;
        for (CtiEvent event : translator.linkUp(openedSide, confirmation, settings.link().peripheralId(), at)) {
            dispatchGenerated(event, confirmation);
        }
    }

    @Override
    public void linkDown(String reason, Instant at) {
        dispatchGenerated(translator.linkDown(side, at), reason);
    }

    @Override
    public void event(CtiMessage message, Instant receivedAt) {
        translator.translate(message, receivedAt).ifPresentOrElse(event -> {
            // the agents and calls to read at the next resynchronisation
            knownDevices.follow(event);
            dispatch(event, message);
        }, status::eventIgnored);
    }

    @Override
    public void snapshotStarted(String snapshotSide, Instant at) {
        SnapshotStarted started = translator.snapshotStarted(snapshotSide, at);
        snapshotStarted = started.origin();
        dispatchGenerated(started, "resynchronisation on side " + snapshotSide);
    }

    @Override
    public void agentSnapshot(String agentId, QueryAgentStateConf state, Instant at) {
        dispatchGenerated(translator.agentSnapshot(agentId, state, at), state);
    }

    @Override
    public void callSnapshot(long callId, SnapshotCallConf call, Instant at) {
        dispatchGenerated(translator.callSnapshot(callId, call, at), call);
    }

    @Override
    public void snapshotCompleted(boolean complete, Set<String> agentIds, Set<Long> callIds, Set<Long> callIdsAsked,
                                  Instant at) {
        if (complete) {
            knownDevices.snapshotRead(callIdsAsked, callIds);
        }
        dispatchGenerated(translator.snapshotCompleted(snapshotStarted, complete, agentIds, callIds, callIdsAsked,
                at), "resynchronisation " + (complete ? "complete" : "incomplete"));
    }

    /** An event the connector made itself, not one it received: counted apart, so that the counters reconcile. */
    private void dispatchGenerated(CtiEvent event, Object raw) {
        status.eventGenerated();
        dispatch(event, raw);
    }

    private void dispatch(CtiEvent event, Object raw) {
        try {
            status.eventDispatched();
            dispatcher.dispatch(new Dispatch(event, raw));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.warning("CTI event not delivered, the adapter is stopping: " + event);
        }
    }
}
