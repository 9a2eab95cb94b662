package org.ctios.client;

/** The JSON the server's event streams send, as the web module's README lays it out, for the stub to send. */
final class Events {

    private Events() {
    }

    static String agent(String id, String state, String... enabledActions) {
        return "{\"id\":\"" + id + "\",\"extension\":\"2" + id.substring(1) + "\",\"firstName\":\"Amara\","
                + "\"lastName\":\"Okafor\",\"state\":\"" + state + "\",\"reasonCode\":0,\"reasonLabel\":null,"
                + "\"stateSince\":\"2026-12-07T08:00:00Z\",\"loggedInSince\":\"2026-12-07T08:00:00Z\","
                + "\"team\":\"1\",\"supervisor\":false,\"skillGroups\":[\"3\"],\"calls\":[],\"enabledActions\":"
                + strings(enabledActions) + ",\"pendingState\":null,\"pendingReasonCode\":0,"
                + "\"pendingReasonLabel\":null}";
    }

    static String call(String id, String state, String agentId, String... enabledActions) {
        return "{\"id\":\"" + id + "\",\"state\":\"" + state + "\",\"ani\":\"0612345678\",\"dnis\":\"8005550103\","
                + "\"dialedNumber\":\"8005550103\",\"callerEnteredDigits\":\"42\","
                + "\"callVariables\":{\"CallVariable1\":\"acct-42\"},\"ecc\":{\"user.case\":\"C-77\"},"
                + "\"wrapupData\":null,\"skillGroup\":\"3\",\"agentIds\":[\"" + agentId + "\"],"
                + "\"enabledActions\":{\"" + agentId + "\":" + strings(enabledActions) + "},"
                + "\"parties\":[{\"deviceId\":\"2" + agentId.substring(1) + "\",\"agentId\":\"" + agentId
                + "\",\"state\":\"" + state + "\",\"supervising\":false}],\"begunAt\":\"2026-12-07T09:00:00Z\","
                + "\"deliveredAt\":\"2026-12-07T09:00:01Z\",\"answeredAt\":null,\"begunUnseen\":false,"
                + "\"recording\":false,\"conferenceController\":null}";
    }

    static String snapshot(String agents, String calls) {
        return "{\"agents\":[" + agents + "],\"calls\":[" + calls + "]}";
    }

    static String agentState(String agent) {
        String id = agent.substring(agent.indexOf("\"id\":\"") + 6, agent.indexOf("\",\"extension\""));
        return "{\"agentId\":\"" + id + "\",\"reconciled\":false,\"agent\":" + agent + "}";
    }

    static String delivered(String call, String agentId, String agent) {
        return "{\"callId\":\"" + idOf(call) + "\",\"device\":\"2" + agentId.substring(1) + "\",\"agentId\":\""
                + agentId + "\",\"screenPop\":{\"ani\":\"0612345678\",\"dnis\":\"8005550103\","
                + "\"dialedNumber\":\"8005550103\",\"callerEnteredDigits\":\"42\","
                + "\"callVariables\":{\"CallVariable1\":\"acct-42\"},\"ecc\":{\"user.case\":\"C-77\"},"
                + "\"skillGroupNumber\":\"3\"},\"call\":" + call + ",\"agents\":[" + agent + "]}";
    }

    static String callEvent(String call, String agent) {
        return "{\"callId\":\"" + idOf(call) + "\",\"device\":\"2001\",\"call\":" + call + ",\"agents\":[" + agent
                + "]}";
    }

    static String ended(String callId, String agent) {
        return "{\"callId\":\"" + callId + "\",\"callKey\":\"k-" + callId + "\",\"reason\":\"NORMAL\",\"call\":null,"
                + "\"agents\":[" + agent + "]}";
    }

    static String problem(String type, int status, String detail, String extra) {
        return "{\"type\":\"urn:ctios:problem:" + type + "\",\"title\":\"" + type + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"" + (extra.isEmpty() ? "" : "," + extra) + "}";
    }

    private static String idOf(String call) {
        return call.substring(call.indexOf("\"id\":\"") + 6, call.indexOf("\",\"state\""));
    }

    private static String strings(String... values) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < values.length; i++) {
            json.append(i == 0 ? "" : ",").append('"').append(values[i]).append('"');
        }
        return json.append(']').toString();
    }
}
