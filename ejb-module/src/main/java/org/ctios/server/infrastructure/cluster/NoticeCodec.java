package org.ctios.server.infrastructure.cluster;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ctios.server.events.AgentStateNotice;
import org.ctios.server.events.CallChangedNotice;
import org.ctios.server.events.CallDataNotice;
import org.ctios.server.events.CallDeliveredNotice;
import org.ctios.server.events.CallEndedNotice;
import org.ctios.server.events.CallEstablishedNotice;
import org.ctios.server.events.CallHeldNotice;
import org.ctios.server.events.CallRetrievedNotice;
import org.ctios.server.events.SkillGroupStatisticsNotice;

/**
 * Writes a notice as text for the data grid's topic, and reads it back: its type's simple name, a space, its JSON.
 * Text, not Java serialisation: the grid's threads then never load this application's classes, and a message
 * can only ever become one of the notice types below.
 */
final class NoticeCodec implements AutoCloseable {

    /** Every notice another server's event streams need. */
    private static final Map<String, Class<?>> TYPES = List.<Class<?>>of(AgentStateNotice.class,
                    CallDeliveredNotice.class, CallEstablishedNotice.class, CallHeldNotice.class,
                    CallRetrievedNotice.class, CallEndedNotice.class, CallDataNotice.class, CallChangedNotice.class,
                    SkillGroupStatisticsNotice.class).stream()
            .collect(Collectors.toUnmodifiableMap(Class::getSimpleName, Function.identity()));

    /** A message that is not a notice this codec wrote. */
    static final class UnreadableNoticeException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        UnreadableNoticeException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final Jsonb json = JsonbBuilder.create();

    /** @throws IllegalArgumentException for an object that is not one of the notices */
    String encode(Object notice) {
        String type = notice.getClass().getSimpleName();
        if (TYPES.get(type) != notice.getClass()) {
            throw new IllegalArgumentException("not a notice: " + notice.getClass().getName());
        }
        return type + " " + json.toJson(notice);
    }

    /** @throws UnreadableNoticeException when {@code message} is not what {@link #encode} writes */
    Object decode(String message) {
        int space = message.indexOf(' ');
        Class<?> type = space < 0 ? null : TYPES.get(message.substring(0, space));
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
}
