package org.ctios.it;

import org.ctios.it.beside.ScreenPopRecorder;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * What the event stream tests add to the deployed WAR: the observer and probe of {@code org.ctios.it.beside}, and
 * event stream limits small enough to reach in a test (merged into the WAR's own MicroProfile Config file, if it has
 * one, rather than replacing it).
 */
final class EventStreamTestSupport {

    /** Small limits: a slow client is dropped after 20 events (notices dispatched one at a time), a replay covers the latest 200. */
    static final int STREAM_QUEUE_LIMIT = 20;
    static final int REPLAY_BUFFER_SIZE = 200;


    private EventStreamTestSupport() {
    }

    static WebArchive addTo(WebArchive war) {
        war.addPackage(ScreenPopRecorder.class.getPackage());
        return CtiosDeployment.addConfig(war, "ctios.events.stream-queue-limit=" + STREAM_QUEUE_LIMIT + "\n"
                // One notice at a time: with a queue this short, a batch's burst would drop reading clients whose
                // writer had not run yet (the queue-full rule cannot tell them from clients that stopped reading).
                + "ctios.events.dispatch-batch-size=1\n"
                + "ctios.events.replay-buffer-size=" + REPLAY_BUFFER_SIZE + "\n"
                // The deprecated name of ctios.events.heartbeat, on purpose: the heartbeats EventStreamsIT waits for
                // prove that a former name set in a config file is still read (OperationsIT: not reported unknown).
                + "ctios.events.heartbeat-seconds=2\n"
                // A thousand monitor streams as crm (aThousandStreamsEachGetTheLiveEvent); agents keep the default.
                + "ctios.events.max-streams-per-integration-account=2000\n");
    }
}
