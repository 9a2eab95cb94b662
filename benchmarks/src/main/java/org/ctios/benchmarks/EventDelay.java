package org.ctios.benchmarks;

/** How an event stream client times an event it has just read: the delay from some earlier moment to now. */
interface EventDelay {

    /** Returned for an event that is not timed. */
    long NOT_TIMED = -1;

    /**
     * @param name the stream event's name ({@code AgentState}, {@code CallDelivered}, ...)
     * @param data its JSON data
     * @return the delay in microseconds, or {@link #NOT_TIMED}
     */
    long delayMicros(String name, String data);

    /** The value of the first {@code "field":"value"} pair with that name in the JSON text, or null. */
    static String firstText(String data, String field) {
        String key = "\"" + field + "\":\"";
        int at = data.indexOf(key);
        if (at < 0) {
            return null;
        }
        int end = data.indexOf('"', at + key.length());
        return end < 0 ? null : data.substring(at + key.length(), end);
    }
}
