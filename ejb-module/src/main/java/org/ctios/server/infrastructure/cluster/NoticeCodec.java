package org.ctios.server.infrastructure.cluster;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ctios.server.events.Notice;

/**
 * Writes a notice as text for the data grid's topic, and reads it back: its type's simple name, a space, its JSON.
 * Text, not Java serialisation: the grid's threads then never load this application's classes, and a message
 * can only ever become one of the notice types: the records of the sealed {@link Notice} hierarchy, found in it,
 * so that a new notice travels without being listed here.
 */
final class NoticeCodec implements AutoCloseable {

    /** Every notice type by its simple name, the name it travels under. */
    private static final Map<String, Class<? extends Notice>> TYPES = typesByName();

    /** A message that is not a notice this codec wrote. */
    static final class UnreadableNoticeException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        UnreadableNoticeException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final Jsonb json = JsonbBuilder.create();

    /** The notice types: the records the sealed hierarchy permits, through its sealed interfaces (CallNotice). */
    static List<Class<? extends Notice>> types() {
        return List.copyOf(TYPES.values());
    }

    String encode(Notice notice) {
        return notice.getClass().getSimpleName() + " " + json.toJson(notice);
    }

    /** @throws UnreadableNoticeException when {@code message} is not what {@link #encode} writes */
    Notice decode(String message) {
        int space = message.indexOf(' ');
        Class<? extends Notice> type = space < 0 ? null : TYPES.get(message.substring(0, space));
        if (type == null) {
            throw new UnreadableNoticeException("not a notice: "
                    + message.substring(0, Math.min(message.length(), 80)), null);
        }
        try {
            return json.fromJson(message.substring(space + 1), type);
        } catch (JsonbException e) {
            throw new UnreadableNoticeException("unreadable " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            json.close();
        } catch (Exception e) {
            // nothing to keep: the application is stopping
        }
    }

    private static Map<String, Class<? extends Notice>> typesByName() {
        Map<String, Class<? extends Notice>> byName = new HashMap<>();
        Deque<Class<?>> open = new ArrayDeque<>(List.of(Notice.class));
        while (!open.isEmpty()) {
            Class<?> type = open.poll();
            if (type.isSealed()) {
                open.addAll(List.of(type.getPermittedSubclasses()));
            } else if (byName.put(type.getSimpleName(), type.asSubclass(Notice.class)) != null) {
                // the simple name is the wire's type: two notices may not share one
                throw new IllegalStateException("two notice types are named " + type.getSimpleName());
            }
        }
        return Map.copyOf(byName);
    }
}
