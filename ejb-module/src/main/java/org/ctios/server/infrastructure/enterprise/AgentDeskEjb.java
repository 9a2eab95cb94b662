package org.ctios.server.infrastructure.enterprise;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.util.List;
import java.util.Optional;
import org.ctios.server.api.AgentDesk;
import org.ctios.server.api.StateChangeResult;
import org.ctios.server.api.StateRequest;
import org.ctios.server.api.view.AgentView;
import org.ctios.server.application.desk.AgentDeskService;

/**
 * {@link AgentDesk} for the other modules of an EAR built around CTI OS, at {@code java:app/cti/AgentDesk}: CDI beans
 * of a WAR are seen by that WAR alone, an EJB's local view by every module of the application (the interface comes
 * from the EAR's lib/, so both sides have the same class). {@code @Typed()} keeps it out of CTI OS's own injection
 * of {@code AgentDesk}, which stays the CDI service. No transaction: the desk holds none while the CTI Server answers.
 */
@Stateless(name = "AgentDesk")
@Local(AgentDesk.class)
@Typed()
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@Interceptors(RefusalsUnwrapped.class)
public class AgentDeskEjb implements AgentDesk {

    @Inject
    private AgentDeskService desk;

    @Override
    public List<AgentView> agents() {
        return desk.agents();
    }

    @Override
    public Optional<AgentView> find(String agentId) {
        return desk.find(agentId);
    }

    @Override
    public AgentView agent(String agentId) {
        return desk.agent(agentId);
    }

    @Override
    public StateChangeResult changeState(String agentId, StateRequest request) {
        return desk.changeState(agentId, request);
    }
}
