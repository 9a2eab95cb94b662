package org.ctios.server.infrastructure.enterprise;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.util.Map;
import org.ctios.server.api.CallAction;
import org.ctios.server.api.CallDesk;
import org.ctios.server.api.CallOutcome;
import org.ctios.server.application.desk.CallDeskService;

/** {@link CallDesk} for the other modules of the EAR, at {@code java:app/cti/CallDesk}; see {@link AgentDeskEjb}. */
@Stateless(name = "CallDesk")
@Local(CallDesk.class)
@Typed()
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@Interceptors(RefusalsUnwrapped.class)
public class CallDeskEjb implements CallDesk {

    @Inject
    private CallDeskService desk;

    @Override
    public CallOutcome makeCall(String agentId, String destination, Map<String, String> callVariables,
                                Map<String, String> ecc) {
        return desk.makeCall(agentId, destination, callVariables, ecc);
    }

    @Override
    public CallOutcome act(long callId, CallAction action, String agentId, ActionDetails details) {
        return desk.act(callId, action, agentId, details);
    }

    @Override
    public CallOutcome setData(long callId, Map<String, String> callVariables, Map<String, String> ecc,
                               String wrapupData) {
        return desk.setData(callId, callVariables, ecc, wrapupData);
    }
}
