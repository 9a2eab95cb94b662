package org.ctios.web.events;

import java.nio.charset.StandardCharsets;

/** The {@code text/event-stream} wire format of an event and of a heartbeat comment (UTF-8, as SSE requires). */
final class SseFormat {

    private static final byte[] HEARTBEAT = ": heartbeat\n\n".getBytes(StandardCharsets.UTF_8);

    private SseFormat() {
    }

    /** {@code event:}, {@code id:} (but for a stream's last event) and one {@code data:} line per line of the data, then the blank line. */
    static byte[] event(StreamEvent event) {
        StringBuilder text = new StringBuilder(event.data().length() + 64);
        text.append("event: ").append(event.name()).append('\n');
        if (!event.isLast()) {
            text.append("id: ").append(event.id()).append('\n');
        }
        String data = event.data();
        if (data.indexOf('\n') < 0 && data.indexOf('\r') < 0) {
            text.append("data: ").append(data).append('\n'); // JSON on one line: no need to split it
        } else {
            for (String line : data.split("\r\n|\r|\n", -1)) {
                text.append("data: ").append(line).append('\n');
            }
        }
        return text.append('\n').toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] heartbeat() {
        return HEARTBEAT.clone();
    }
}
