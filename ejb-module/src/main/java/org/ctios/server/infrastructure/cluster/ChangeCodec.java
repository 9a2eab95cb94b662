package org.ctios.server.infrastructure.cluster;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.util.List;
import org.ctios.server.application.live.EndedCall;
import org.ctios.server.application.live.LiveAgent;
import org.ctios.server.application.live.LiveCall;
import org.ctios.server.application.live.LiveChange;

/**
 * Writes a committed change as text for the data grid's topic, and reads it back: what the transaction left of its
 * agents and calls, the calls it ended and its notices (each written by {@link NoticeCodec}), as JSON. Text, not
 * Java serialisation: the grid's threads then never load this application's classes, and a message can only ever
 * become these types.
 */
final class ChangeCodec implements AutoCloseable {

    /** A change as it crosses the grid. */
    public record RelayedChange(List<LiveAgent> agents, List<LiveCall> calls, List<EndedCall> ended,
                                List<String> notices, boolean resynchronised) {
    }

    private final Jsonb json = JsonbBuilder.create();
    private final NoticeCodec notices = new NoticeCodec();

    String encode(LiveChange change) {
        return json.toJson(new RelayedChange(List.copyOf(change.agents()), List.copyOf(change.calls()),
                change.endedCalls(), change.notices().stream().map(notices::encode).toList(),
                change.isResynchronisation()));
    }

    /** @throws NoticeCodec.UnreadableNoticeException when {@code message} is not what {@link #encode} writes */
    LiveChange decode(String message) {
        RelayedChange relayed;
        try {
            relayed = json.fromJson(message, RelayedChange.class);
        } catch (JsonbException e) {
            throw new NoticeCodec.UnreadableNoticeException("unreadable change: " + e.getMessage(), e);
        }
        if (relayed == null || relayed.agents() == null || relayed.calls() == null || relayed.ended() == null
                || relayed.notices() == null) {
            throw new NoticeCodec.UnreadableNoticeException("not a change: "
                    + message.substring(0, Math.min(message.length(), 80)), null);
        }
        return LiveChange.relayed(relayed.agents(), relayed.calls(), relayed.ended(),
                relayed.notices().stream().map(notices::decode).toList(), relayed.resynchronised());
    }

    @Override
    public void close() {
        notices.close();
        try {
            json.close();
        } catch (Exception e) {
            // nothing to keep: the application is stopping
        }
    }
}
