package org.ctios.web.api.reasoncodes;

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
 * The reason codes of this deployment (ctios.reason-codes.not-ready and ctios.reason-codes.logout), for the
 * desktops' pick lists. Every signed-in caller may read them.
 */
@Path("reason-codes")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Reason codes", description = "The reasons desktops offer for not ready and logout")
public class ReasonCodeResource {

    @Inject
    private ReasonCodes reasonCodes;

    @Inject
    private Authorisation authorisation;

    @GET
    @Operation(operationId = "getReasonCodes",
            summary = "The configured not-ready and logout reason codes with their labels",
            description = "What desktops offer; a state change with a code not listed here is still sent to the "
                    + "CTI Server, which decides.")
    @APIResponse(responseCode = "200", description = "The reason codes, in the configured order",
            content = @Content(schema = @Schema(implementation = ReasonCodesRepresentation.class)))
    public ReasonCodesRepresentation all() {
        authorisation.requireReasonCodes();
        return new ReasonCodesRepresentation(reasonCodes.notReady(), reasonCodes.logout());
    }
}
