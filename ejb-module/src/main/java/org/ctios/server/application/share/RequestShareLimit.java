package org.ctios.server.application.share;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.ctios.server.api.ServerBusyException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The requests' share of the database connection pool: at most {@code ctios.datasource.request-share} (default 16 of
 * the pool's 32) units of request work hold a connection at once; the rest of the pool is the event path's (the
 * delivery workers, the live model's reading, the link's hand-over). A request that cannot get a place within
 * {@code ctios.datasource.request-wait} (default 2 s) is refused with {@link ServerBusyException}, which the REST
 * API answers 503 with Retry-After.
 */
@ApplicationScoped
public class RequestShareLimit {

    private Semaphore places;
    private Duration wait;
    private int share;

    /** For the container's proxy. */
    protected RequestShareLimit() {
    }

    @Inject
    public RequestShareLimit(@ConfigProperty(name = "ctios.datasource.request-share", defaultValue = "16") int share,
                             @ConfigProperty(name = "ctios.datasource.request-wait", defaultValue = "PT2S")
                             Duration wait) {
        if (share < 1) {
            throw new IllegalArgumentException("ctios.datasource.request-share must be at least 1: " + share);
        }
        this.places = new Semaphore(share, true);
        this.wait = wait;
        this.share = share;
    }

    /** Runs the work in a place of the share, waiting at most the configured time for one. */
    public <T> T within(Callable<T> work) throws Exception {
        boolean acquired;
        try {
            acquired = places.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServerBusyException("interrupted while waiting for a database connection", 1);
        }
        if (!acquired) {
            throw new ServerBusyException("all " + share + " database connections that requests may use are busy;"
                    + " try again shortly", 1);
        }
        try {
            return work.call();
        } finally {
            places.release();
        }
    }

    /** Places free now. */
    public int available() {
        return places.availablePermits();
    }
}
