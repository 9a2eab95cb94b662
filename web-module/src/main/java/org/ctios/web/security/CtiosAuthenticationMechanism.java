package org.ctios.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.ctios.server.api.ServerBusyException;
import org.ctios.web.api.problems.ProblemWriter;

/**
 * How callers sign in: the application's only HttpAuthenticationMechanism. It reads the {@code Authorization}
 * header ({@link CallerCredentials}: HTTP Basic now, a bearer token later), has the identity stores validate it
 * ({@link AccountIdentityStore}) and answers 401 as problem details when a protected resource (web.xml: all of
 * {@code /api/*}) comes without valid credentials. No session: every request carries its credentials.
 */
@ApplicationScoped
public class CtiosAuthenticationMechanism implements HttpAuthenticationMechanism {

    @Inject
    private IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Optional<Credential> credential;
        try {
            credential = CallerCredentials.from(request.getHeader("Authorization"));
        } catch (CallerCredentials.MalformedCredentialsException e) {
            return refuse(request, response, e.getMessage());
        }
        if (credential.isEmpty()) {
            return context.isProtected()
                    ? refuse(request, response,
                            "this resource needs credentials: HTTP Basic with a user name and password")
                    : context.doNothing();
        }
        CredentialValidationResult result;
        try {
            result = identityStores.validate(credential.get());
        } catch (ServerBusyException e) {
            // the account could not be read now: say so (503), rather than refuse the credentials or fail (500)
            ProblemWriter.serverBusy(response, e.getMessage(), e.retryAfterSeconds());
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return refuse(request, response, "wrong user name or password, or the account is disabled");
        }
        return context.notifyContainerAboutLogin(result);
    }

    private static AuthenticationStatus refuse(HttpServletRequest request, HttpServletResponse response,
                                               String detail) {
        UnauthenticatedAnswer.send(request, response, detail);
        return AuthenticationStatus.SEND_FAILURE;
    }
}
