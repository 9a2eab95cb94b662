package org.ctios.web.api.skillgroups;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.ctios.server.api.SkillGroupReads;
import org.ctios.server.api.SkillGroupSwitchFigures;
import org.ctios.server.api.view.SkillGroupView;
import org.ctios.web.problems.ProblemResponses;
import org.ctios.web.problems.UnknownResourceException;
import org.ctios.web.representation.SkillGroupRepresentation;
import org.ctios.web.representation.SwitchSkillGroupFiguresRepresentation;
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

    private static final String SWITCH_FIGURES = "fromSwitch holds the switch's own figures "
            + "(QUERY_SKILL_GROUP_STATISTICS) beside those computed here. The switch is asked at most once per group "
            + "per ctios.skill-group-statistics.switch-interval (default 10 s), only when someone reads; concurrent "
            + "readers share one query. When the switch refuses, the link is down or the query is late, fromSwitch "
            + "says why in 'unavailable' and the rest of the answer stands.";

    @Inject
    private SkillGroupReads skillGroups;

    @Inject
    private SkillGroupSwitchFigures switchFigures;

    @Inject
    private Authorisation authorisation;

    @GET
    @Operation(operationId = "listSkillGroups", summary = "All skill groups with their live statistics",
            description = SWITCH_FIGURES)
    @APIResponse(responseCode = "200", description = "The skill groups, by number",
            content = @Content(schema = @Schema(implementation = SkillGroupRepresentation.class,
                    type = SchemaType.ARRAY)))
    public List<SkillGroupRepresentation> all() {
        authorisation.requireSkillGroups();
        return skillGroups.all().stream().map(this::withSwitchFigures).toList();
    }

    @GET
    @Path("{number: [0-9]+}")
    @Operation(operationId = "getSkillGroup", summary = "One skill group", description = SWITCH_FIGURES)
    @APIResponse(responseCode = "200", description = "The skill group",
            content = @Content(schema = @Schema(implementation = SkillGroupRepresentation.class)))
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    public SkillGroupRepresentation one(@Parameter(description = "Skill group number", example = "1")
                                        @PathParam("number") long number) {
        authorisation.requireSkillGroups();
        return skillGroups.byNumber(number).map(this::withSwitchFigures)
                .orElseThrow(() -> new UnknownResourceException("skill group", String.valueOf(number)));
    }

    /** The group as computed here, the switch's figures beside it (read at most once per group per interval). */
    private SkillGroupRepresentation withSwitchFigures(SkillGroupView group) {
        Instant now = Instant.now();
        return SkillGroupRepresentation.of(group, switchFigures.read(group.number())
                .map(reading -> SwitchSkillGroupFiguresRepresentation.of(reading, switchFigures.refreshInterval(), now))
                .orElse(null));
    }
}
