package org.ctios.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ctios.server.api.ServerBusyException;
import org.ctios.server.api.view.Role;
import org.ctios.web.problems.Problem;
import org.ctios.web.problems.ProblemWriter;

/**
 * How callers sign in: the application's only HttpAuthenticationMechanism. It reads the {@code Authorization}
 * header ({@link CallerCredentials}: HTTP Basic or a bearer token), has the identity store validate a password
 * ({@link AccountIdentityStore}) or {@link BearerTokens} a token and answers 401 as problem details when a protected resource (web.xml: all of
 * {@code /api/*}) comes without valid credentials. No session: every request carries its credentials. A user name
 * and password go through the {@link SignInThrottle} first: while the account or the client's address is paused
 * after failed attempts, the answer is 429 with Retry-After, and the password is not looked at. A request another
 * server of the cluster forwarded is signed in by {@link ForwardedSignIn} instead, from its cluster signature alone.
 */
@ApplicationScoped
public class CtiosAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** The problem type of an attempt refused because of earlier failed ones. */
    static final String THROTTLED = "urn:ctios:problem:sign-in-throttled";

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private SignInThrottle throttle;

    @Inject
    private BearerTokens tokens;

    @Inject
    private ForwardedSignIn forwarded;

    /** The request attribute under which a token's caller is kept for {@link Authorisation}. */
    static final String TOKEN_CALLER = BearerTokens.VerifiedToken.class.getName();

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (ClusterSignature.present(request::getHeader)) {
            // forwarded by another server of the cluster: its signature, never an Authorization header, says who
            return forwarded.signIn(request, response, context);
        }
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
        if (credential.get() instanceof BearerCredential bearer) {
            return signInWithToken(bearer, request, response, context);
        }
        String account = credential.get() instanceof UsernamePasswordCredential password ? password.getCaller() : null;
        String address = request.getRemoteAddr();
        if (account != null) {
            Optional<Duration> pause = throttle.pauseLeft(account, address);
            if (pause.isPresent()) {
                return throttled(response, pause.get());
            }
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
            if (account != null) {
                throttle.failed(account, address);
            }
            return refuse(request, response, "wrong user name or password, or the account is disabled");
        }
        if (account != null) {
            throttle.succeeded(account);
        }
        return context.notifyContainerAboutLogin(result);
    }

    /**
     * A token carries its caller (name, roles, agent, team): no account is read, so the account directory's
     * settings do not apply; the token's issuer disables a user by issuing no more tokens.
     */
    private AuthenticationStatus signInWithToken(BearerCredential bearer, HttpServletRequest request,
                                                 HttpServletResponse response, HttpMessageContext context) {
        BearerTokens.VerifiedToken verified;
        try {
            verified = tokens.verify(bearer.token());
        } catch (BearerTokens.InvalidTokenException e) {
            UnauthenticatedAnswer.send(request, response, e.getMessage(), "Bearer error=\"invalid_token\"");
            return AuthenticationStatus.SEND_FAILURE;
        }
        request.setAttribute(TOKEN_CALLER, verified);
        Caller caller = verified.caller();
        return context.notifyContainerAboutLogin(caller.name(),
                caller.roles().stream().map(Role::roleName).collect(Collectors.toSet()));
    }

    private static AuthenticationStatus throttled(HttpServletResponse response, Duration pause) {
        long seconds = Math.max(1, (pause.toMillis() + 999) / 1000);
        ProblemWriter.write(response, new Problem(THROTTLED, "Too many failed sign-ins", 429,
                "too many failed sign-ins for this account or from this address; try again in " + seconds + " s"),
                Map.of("Retry-After", String.valueOf(seconds)));
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static AuthenticationStatus refuse(HttpServletRequest request, HttpServletResponse response,
                                               String detail) {
        UnauthenticatedAnswer.send(request, response, detail);
        return AuthenticationStatus.SEND_FAILURE;
    }
}
