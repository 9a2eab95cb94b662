package org.ctios.web.api.skillgroups;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.ctios.server.api.SkillGroupReads;
import org.ctios.web.problems.ProblemResponses;
import org.ctios.web.problems.UnknownResourceException;
import org.ctios.web.representation.SkillGroupRepresentation;
import org.ctios.web.security.Authorisation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The skill groups and their live statistics. */
@Path("skillgroups")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Skill groups", description = "Skill groups and their live statistics")
public class SkillGroupResource {

    @Inject
    private SkillGroupReads skillGroups;

    @Inject
    private Authorisation authorisation;

    @GET
    @Operation(operationId = "listSkillGroups", summary = "All skill groups with their live statistics")
    @APIResponse(responseCode = "200", description = "The skill groups, by number",
            content = @Content(schema = @Schema(implementation = SkillGroupRepresentation.class,
                    type = SchemaType.ARRAY)))
    public List<SkillGroupRepresentation> all() {
        authorisation.requireSkillGroups();
        return skillGroups.all().stream().map(SkillGroupRepresentation::of).toList();
    }

    @GET
    @Path("{number: [0-9]+}")
    @Operation(operationId = "getSkillGroup", summary = "One skill group")
    @APIResponse(responseCode = "200", description = "The skill group",
            content = @Content(schema = @Schema(implementation = SkillGroupRepresentation.class)))
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    public SkillGroupRepresentation one(@Parameter(description = "Skill group number", example = "1")
                                        @PathParam("number") long number) {
        authorisation.requireSkillGroups();
        return skillGroups.byNumber(number).map(SkillGroupRepresentation::of)
                .orElseThrow(() -> new UnknownResourceException("skill group", String.valueOf(number)));
    }
}
