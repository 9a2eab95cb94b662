package org.ctios.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ctios.server.api.ServerBusyException;
import org.ctios.server.api.view.AccountView;
import org.ctios.server.api.view.Role;
import org.ctios.web.problems.ProblemWriter;

/**
 * Signs in the caller of a request another server of the cluster forwarded to this one, the CTI link's holder: only
 * when the cluster's signature over the request holds ({@link ClusterSignature}), and only in a cluster. A caller
 * with an account must still have it, enabled; a token's caller is taken as the forwarding server verified it, until
 * the token expires. No password is checked here, none having travelled.
 */
@ApplicationScoped
public class ForwardedSignIn {

    @Inject
    private ClusterSecret secret;

    @Inject
    private AccountDirectory accounts;

    @Inject
    private SecuritySettings settings;

    AuthenticationStatus signIn(HttpServletRequest request, HttpServletResponse response,
                                HttpMessageContext context) {
        if (!secret.clustered()) {
            return refuse(request, response, "a request signed by a cluster is refused outside a cluster");
        }
        ForwardedCaller caller;
        try {
            caller = secret.signature().verify(request.getMethod(), ClusterSignature.pathAndQuery(request),
                    request::getHeader);
        } catch (ClusterSignature.RefusedException e) {
            return refuse(request, response, e.getMessage());
        }
        request.setAttribute(ClusterSignature.VERIFIED_BODY_DIGEST, request.getHeader(ClusterSignature.BODY_DIGEST));
        if (caller.signedInWithToken()) {
            if (!caller.tokenExpiresAt().isAfter(Instant.now())) {
                return refuse(request, response, "the forwarded caller's token has expired");
            }
            Set<Role> roles = caller.roles().stream().map(ForwardedSignIn::role).flatMap(Optional::stream)
                    .collect(Collectors.toSet());
            request.setAttribute(CtiosAuthenticationMechanism.TOKEN_CALLER, new BearerTokens.VerifiedToken(
                    new Caller(caller.name(), roles, caller.agentId(), caller.supervisedTeamId()),
                    caller.tokenExpiresAt()));
            return context.notifyContainerAboutLogin(caller.name(), roleNames(roles));
        }
        Optional<AccountView> account;
        try {
            account = accounts.find(caller.name()).filter(AccountView::enabled)
                    .filter(found -> !found.demo() || settings.demoUsers());
        } catch (ServerBusyException e) {
            ProblemWriter.serverBusy(response, e.getMessage(), e.retryAfterSeconds());
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (account.isEmpty()) {
            return refuse(request, response, "the forwarded caller's account is gone or disabled");
        }
        return context.notifyContainerAboutLogin(caller.name(), roleNames(account.get().roles()));
    }

    private static Optional<Role> role(String name) {
        try {
            return Optional.of(Role.ofName(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Set<String> roleNames(Set<Role> roles) {
        return roles.stream().map(Role::roleName).collect(Collectors.toSet());
    }

    private static AuthenticationStatus refuse(HttpServletRequest request, HttpServletResponse response,
                                               String detail) {
        UnauthenticatedAnswer.send(request, response, detail);
        return AuthenticationStatus.SEND_FAILURE;
    }
}
