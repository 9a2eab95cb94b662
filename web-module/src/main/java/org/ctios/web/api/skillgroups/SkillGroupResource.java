package org.ctios.web.api.skillgroups;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.ctios.server.application.SkillGroupQueries;
import org.ctios.web.api.problems.UnknownResourceException;
import org.ctios.web.security.Authorisation;

/** The skill groups and their live statistics. */
@Path("skillgroups")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class SkillGroupResource {

    @Inject
    private SkillGroupQueries skillGroups;

    @Inject
    private Authorisation authorisation;

    @GET
    public List<SkillGroupRepresentation> all() {
        authorisation.requireSkillGroups();
        return skillGroups.all().stream().map(SkillGroupRepresentation::of).toList();
    }

    @GET
    @Path("{number: [0-9]+}")
    public SkillGroupRepresentation one(@PathParam("number") long number) {
        authorisation.requireSkillGroups();
        return skillGroups.byNumber(number).map(SkillGroupRepresentation::of)
                .orElseThrow(() -> new UnknownResourceException("skill group", String.valueOf(number)));
    }
}
