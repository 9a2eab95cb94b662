package org.ctios.server.infrastructure.enterprise;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.util.List;
import org.ctios.protocol.types.SupervisoryAction;
import org.ctios.server.api.CallOutcome;
import org.ctios.server.api.SupervisorDesk;
import org.ctios.server.api.TeamView;
import org.ctios.server.api.view.SilentMonitorView;
import org.ctios.server.application.desk.SupervisorDeskService;

/**
 * {@link SupervisorDesk} for the other modules of the EAR, at {@code java:app/cti/SupervisorDesk}; see
 * {@link AgentDeskEjb}.
 */
@Stateless(name = "SupervisorDesk")
@Local(SupervisorDesk.class)
@Typed()
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@Interceptors(RefusalsUnwrapped.class)
public class SupervisorDeskEjb implements SupervisorDesk {

    @Inject
    private SupervisorDeskService desk;

    @Override
    public List<TeamView> teams() {
        return desk.teams();
    }

    @Override
    public TeamView team(int teamId) {
        return desk.team(teamId);
    }

    @Override
    public CallOutcome supervise(long callId, String supervisorId, SupervisoryAction action) {
        return desk.supervise(callId, supervisorId, action);
    }

    @Override
    public List<SilentMonitorView> silentMonitors() {
        return desk.silentMonitors();
    }
}
