package org.ctios.web.api.me;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.ctios.web.security.Authorisation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Who the signed-in caller is. A desktop calls it right after sign-in: a 200 proves the password, the roles choose
 * the agent or the supervisor view. Every signed-in caller may read itself.
 */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Caller", description = "The signed-in caller")
public class CallerResource {

    @Inject
    private Authorisation authorisation;

    @GET
    @Operation(summary = "The signed-in caller: name, roles, its agent id and supervised team")
    @APIResponse(responseCode = "200", description = "The caller",
            content = @Content(schema = @Schema(implementation = CallerRepresentation.class)))
    public CallerRepresentation me() {
        return CallerRepresentation.of(authorisation.caller());
    }
}
