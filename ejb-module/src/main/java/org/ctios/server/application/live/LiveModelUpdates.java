package org.ctios.server.application.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.ctios.server.events.LiveSnapshot;
import org.ctios.server.events.LiveUpdates;

/**
 * The live model as {@code server.api} shows it to the web tier: the current version by reference, and each change's
 * notices (the change's own list, not a copy).
 */
@ApplicationScoped
public class LiveModelUpdates implements LiveUpdates {

    private LiveModel live;
    private final Map<Listener, LiveModel.Listener> subscribed = new ConcurrentHashMap<>();

    /** For the container's proxy. */
    protected LiveModelUpdates() {
    }

    @Inject
    public LiveModelUpdates(LiveModel live) {
        this.live = Objects.requireNonNull(live, "live");
    }

    @Override
    public LiveSnapshot current() {
        return live.current();
    }

    @Override
    public void subscribe(Listener listener) {
        LiveModel.Listener hearing = (version, change, replaced) -> listener.changed(version, change.notices(),
                replaced);
        if (subscribed.putIfAbsent(listener, hearing) == null) {
            live.subscribe(hearing);
        }
    }

    @Override
    public void unsubscribe(Listener listener) {
        LiveModel.Listener hearing = subscribed.remove(listener);
        if (hearing != null) {
            live.unsubscribe(hearing);
        }
    }
}
