package org.ctios.server.testing;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import org.ctios.server.events.Notice;

/** The CDI event the services fire notices through, recording them; tests read what a committed change announced. */
public final class RecordedNotices implements Event<Notice> {

    private final List<Notice> fired = new CopyOnWriteArrayList<>();

    @Override
    public void fire(Notice notice) {
        fired.add(notice);
    }

    public List<Notice> fired() {
        return fired;
    }

    public <T> List<T> fired(Class<T> type) {
        return fired.stream().filter(type::isInstance).map(type::cast).toList();
    }

    public void clear() {
        fired.clear();
    }

    @Override
    public <U extends Notice> CompletionStage<U> fireAsync(U event) {
        fired.add(event);
        return CompletableFuture.completedFuture(event);
    }

    @Override
    public <U extends Notice> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
        return fireAsync(event);
    }

    @Override
    public Event<Notice> select(Annotation... qualifiers) {
        return this;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <U extends Notice> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
        return (Event<U>) (Event<?>) this;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <U extends Notice> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
        return (Event<U>) (Event<?>) this;
    }
}
