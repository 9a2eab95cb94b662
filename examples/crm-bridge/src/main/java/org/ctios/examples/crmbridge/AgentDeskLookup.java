package org.ctios.examples.crmbridge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.Optional;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.ctios.server.api.AgentDesk;

/**
 * CTI OS's {@link AgentDesk} for the bridge's beans to inject, when the bridge is a module of CTI OS's EAR: CTI OS
 * publishes its desks to the other modules of its application as EJB local views ({@value #AGENT_DESK}); CDI beans of
 * its WAR are out of any other module's reach. Deployed on its own beside CTI OS (Payara Micro), the bridge is
 * another application: the name may still find CTI OS's desk (Payara Micro resolves it), but that desk implements
 * CTI OS's own {@code AgentDesk} class, not the bridge's, and the producer gives an empty {@code Optional}.
 */
@ApplicationScoped
public class AgentDeskLookup {

    static final String AGENT_DESK = "java:app/cti/AgentDesk";

    /** Looked up for each injection: a local view is a cheap proxy, and nothing stale survives a redeployment. */
    @Produces
    Optional<AgentDesk> agentDesk() {
        try {
            Object desk = InitialContext.doLookup(AGENT_DESK);
            // Only in CTI OS's EAR do both sides load AgentDesk from the same jar (the EAR's lib/).
            return desk instanceof AgentDesk sameClass ? Optional.of(sameClass) : Optional.empty();
        } catch (NamingException notInCtiOsEar) {
            return Optional.empty();
        }
    }
}
