package org.ctios.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.ctios.server.api.Accounts;
import org.ctios.web.audit.AuditNote;
import org.ctios.web.problems.ProblemResponses;
import org.ctios.web.problems.UnknownResourceException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Account administration for admins: setting a password (which also ends an account's demo status). */
@Path("system/users")
@RequestScoped
@Tag(name = "System")
public class AccountResource {

    static final int MIN_PASSWORD = 8;
    static final int MAX_PASSWORD = 128;

    @Inject
    private Authorisation authorisation;

    @Inject
    private AuditNote audit;

    @Inject
    private Accounts accounts;

    @Inject
    private PasswordHashing passwords;

    @Inject
    private AccountDirectory directory;

    @PUT
    @Path("{name}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set an account's password, 8 to 128 characters (admin); a demo account becomes a normal "
            + "one")
    @APIResponse(responseCode = "204", description = "Set; the old password no longer works")
    @APIResponse(responseCode = "400", ref = ProblemResponses.VALIDATION)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    public Response setPassword(@PathParam("name") String name, PasswordChange change) {
        audit.administration("set-password", name);
        authorisation.requireSystemAdministration();
        if (change == null || change.password() == null || change.password().length() < MIN_PASSWORD
                || change.password().length() > MAX_PASSWORD) {
            throw new IllegalArgumentException("password must have " + MIN_PASSWORD + " to " + MAX_PASSWORD
                    + " characters");
        }
        if (!accounts.changePassword(name, passwords.hash(change.password().toCharArray()))) {
            throw new UnknownResourceException("account", name);
        }
        directory.forget(name);
        return Response.noContent().build();
    }
}
