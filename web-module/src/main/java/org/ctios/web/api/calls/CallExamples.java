package org.ctios.web.api.calls;

/** Example bodies for the OpenAPI document of the call resource. */
final class CallExamples {

    private CallExamples() {
    }

    static final String MAKE_CALL = """
            {"agentId": "1001", "destination": "0612345678",
             "callVariables": {"CallVariable1": "acct-1"}, "ecc": {"user.case": "C-42"}}""";

    static final String ANSWER = """
            {"action": "ANSWER", "agentId": "1001"}""";

    static final String CONSULT = """
            {"action": "CONSULT", "agentId": "1001", "destination": "2002"}""";

    static final String DEFLECT = """
            {"action": "DEFLECT", "agentId": "1001", "destination": "2005"}""";

    static final String DROP_PARTY = """
            {"action": "DROP_PARTY", "agentId": "1001", "party": "2005"}""";

    static final String DTMF = """
            {"action": "SEND_DTMF", "agentId": "1001", "digits": "1234#"}""";

    static final String DATA = """
            {"callVariables": {"CallVariable2": "case-42"}, "ecc": {"user.tier": "gold"}, "wrapupData": "sold"}""";

    static final String CALL = """
            {"id": "100001", "state": "CONNECTED", "ani": "0612345678", "dnis": "8005550101",
             "callVariables": {"CallVariable1": "acct-1"}, "ecc": {"user.tier": "gold"}, "skillGroup": "1",
             "agentIds": ["1001"], "enabledActions": {"1001": ["BAD_CALL", "CLEAR_CALL", "CONFERENCE_INIT", "HOLD",
             "RELEASE", "SEND_DTMF", "SINGLE_STEP_TRANSFER", "START_RECORDING", "TRANSFER_INIT"]},
             "parties": [{"deviceId": "2001", "agentId": "1001", "state": "CONNECT", "supervising": false}],
             "begunAt": "2026-11-28T09:00:00Z", "answeredAt": "2026-11-28T09:00:02Z", "begunUnseen": false,
             "recording": false}""";

    static final String VALIDATION_PROBLEM = """
            {"type": "urn:ctios:problem:validation", "title": "Invalid request", "status": 400,
             "detail": "callVariables[CallVariable11] is not a call variable: they are CallVariable1 to \
            CallVariable10",
             "errors": [{"field": "callVariables[CallVariable11]",
                         "message": "is not a call variable: they are CallVariable1 to CallVariable10"}]}""";

    static final String NOT_ENABLED = """
            {"type": "urn:ctios:problem:not-enabled", "title": "Action not enabled", "status": 409,
             "detail": "HOLD is not enabled for this agent on call 100001", "enabledActions": ["RETRIEVE"]}""";

    static final String MAKE_CALL_NOT_ENABLED = """
            {"type": "urn:ctios:problem:not-enabled", "title": "Action not enabled", "status": 409,
             "detail": "agent 1001 cannot make a call now (in state AVAILABLE)",
             "enabledActions": ["NOT_READY", "NOT_READY_WITH_REASON"]}""";

    static final String UNKNOWN_CALL = """
            {"type": "urn:ctios:problem:unknown-resource", "title": "Unknown resource", "status": 404,
             "detail": "no call in progress with id '999999'"}""";

    static final String LINK_DOWN = """
            {"type": "urn:ctios:problem:link-down", "title": "CTI link down", "status": 503,
             "detail": "the CTI link is down"}""";
}
