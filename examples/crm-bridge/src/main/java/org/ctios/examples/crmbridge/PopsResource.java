package org.ctios.examples.crmbridge;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The last screen pops, most recent first. */
@Path("pops")
@RequestScoped
public class PopsResource {

    @EJB
    private ScreenPops pops;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<ScreenPop> pops() {
        return pops.mostRecentFirst();
    }
}
