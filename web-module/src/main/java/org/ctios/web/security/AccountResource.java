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
import org.ctios.web.api.problems.UnknownResourceException;
import org.ctios.web.audit.AuditNote;

/** Account administration for admins: setting a password (which also ends an account's demo status). */
@Path("system/users")
@RequestScoped
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
