package org.ctios.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;

/** The part of {@code GET /cti/api/system} (the CTI link's status) the benchmark watches. */
record LinkState(boolean connected, String side, boolean resynchronising, long reconnects, long eventsReceived,
                 long eventsDelivered, long deadLetters) {

    static LinkState of(JsonNode json) {
        return new LinkState(json.path("connected").asBoolean(), json.path("side").asText(null),
                json.path("resynchronising").asBoolean(),
                json.path("reconnects").asLong(), json.path("eventsReceived").asLong(),
                json.path("eventsDelivered").asLong(), json.path("deadLetters").asLong());
    }

    /** Open, with the snapshot that follows an opening finished. */
    boolean ready() {
        return connected && !resynchronising;
    }
}
