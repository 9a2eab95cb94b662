package org.ctios.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Collection;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ctios.server.api.view.AgentView;
import org.ctios.server.api.view.CallView;
import org.ctios.server.api.view.MessageAudience;

/**
 * What a resource calls to enforce the {@link AccessRules} for the request's caller: one {@code require...} line
 * per operation ({@link AccessDeniedException}, answered 403, when refused), or a {@code visible...} filter for
 * lists. The caller is read once per request: from its bearer token, or from the account directory.
 */
@RequestScoped
public class Authorisation {

    @Inject
    private SecurityContext security;

    @Inject
    private AccountDirectory accounts;

    @Inject
    private QueryFacts facts;

    @Inject
    private HttpServletRequest request;

    private Caller caller;
    private AccessRules rules;

    /** The signed-in caller; one without an account (removed since it signed in) has no role and may do nothing. */
    public Caller caller() {
        if (caller == null) {
            Principal principal = security.getCallerPrincipal();
            if (principal == null) {
                throw new AccessDeniedException("no caller is signed in");
            }
            String name = principal.getName();
            if (request.getAttribute(CtiosAuthenticationMechanism.TOKEN_CALLER)
                    instanceof BearerTokens.VerifiedToken token) {
                caller = token.caller();
                return caller;
            }
            caller = accounts.find(name)
                    .map(account -> new Caller(name, account.roles(), account.agentId(), account.supervisedTeamId()))
                    .orElseGet(() -> new Caller(name, Set.of(), null, null));
        }
        return caller;
    }

    /**
     * What an event stream opened now checks its sign-in against later: the fingerprint of the account's stored
     * password, or null for a caller signed in with a token (whose expiry bounds the stream instead).
     */
    public String credentialFingerprint() {
        if (tokenExpiry().isPresent()) {
            return null;
        }
        return accounts.find(caller().name()).map(account -> AccountFingerprint.of(account.passwordHash()))
                .orElse(null);
    }

    /** When the caller's bearer token expires; empty for a caller signed in with a password. */
    public Optional<Instant> tokenExpiry() {
        return request.getAttribute(CtiosAuthenticationMechanism.TOKEN_CALLER)
                instanceof BearerTokens.VerifiedToken token ? Optional.of(token.expiresAt()) : Optional.empty();
    }

    private AccessRules rules() {
        if (rules == null) {
            rules = new AccessRules(facts);
        }
        return rules;
    }

    /** Reading or controlling one agent, or following its events. */
    public void requireAgent(String agentId) {
        require(rules().mayControlAgent(caller(), agentId), "may not see or control agent " + agentId);
    }

    /** Reading or acting on a call in progress (actions, call data, supervision). */
    public void requireCall(long callId) {
        require(rules().mayActOnCall(caller(), callId), "may not see or act on call " + callId);
    }

    /** Barging in on or intercepting a call from the supervisor agent {@code supervisorId}. */
    public void requireSupervision(long callId, String supervisorId) {
        require(rules().maySupervise(caller(), supervisorId, callId), "may not supervise call " + callId
                + " from agent " + supervisorId + ": only a supervisor from its own agent, on a call of its team");
    }

    /** Asking for help for an agent: only the agent itself (or an admin). */
    public void requireHelpFor(String agentId) {
        require(rules().mayAskForHelp(caller(), agentId), "may not ask for help for agent " + agentId
                + ": only the agent itself, from its own desktop");
    }

    /** The agents on a call in progress, as the access check read them (once per request). */
    public List<String> agentsOnCall(long callId) {
        return facts.agentsOnCall(callId);
    }

    /** Reading a team. */
    public void requireTeam(int teamId) {
        require(rules().maySeeTeam(caller(), teamId), "may not see team " + teamId);
    }

    /** Following the events of one agent ({@code agentId} given) or all of them ({@code null}). */
    public void requireEvents(String agentId) {
        require(rules().mayFollowEvents(caller(), agentId), agentId == null
                ? "may follow only the events of an agent it may see: name one with agentId"
                : "may not follow the events of agent " + agentId);
    }

    /** Following the events of a team's members and the skill groups' statistics. */
    public void requireTeamEvents(int teamId) {
        require(rules().mayFollowTeamEvents(caller(), teamId), "may not follow the events of team " + teamId);
    }

    /** Sending a team message to {@code to}: the agent or team it names. */
    public void requireMessage(MessageAudience to, String agentId, Integer teamId) {
        require(rules().maySendMessage(caller(), to, agentId, teamId), switch (to) {
            case SUPERVISORS -> "may send to the supervisors of its own team only (teamId " + teamId + ")";
            case AGENT -> "may not send to agent " + agentId + ": a supervisor writes to its own team's members";
            case TEAM -> "may not send to team " + teamId + ": a supervisor writes to its own team";
            case EVERYONE -> "may not send to everyone: admin only";
        });
    }

    /** Reading the call history of one agent ({@code agentId} given) or of all ({@code null}). */
    public void requireHistoryOf(String agentId) {
        require(rules().mayReadHistoryOf(caller(), agentId), agentId == null
                ? "may read only the history of an agent it may see: name one with agentId"
                : "may not read the history of agent " + agentId);
    }

    /** Reading one ended call, whose agents are given. */
    public void requireCallRecord(String callKey, Collection<String> agentIds) {
        require(rules().mayReadCallRecord(caller(), agentIds), "may not see call record " + callKey);
    }

    public void requireSkillGroups() {
        require(rules().mayReadSkillGroups(caller()), "may not see the skill groups");
    }

    /** Reading whether the CTI link is up ({@code GET /system/link}). */
    public void requireLinkState() {
        require(rules().mayReadLinkState(caller()), "may not see the CTI link's state");
    }

    /** Reading the configured reason codes. */
    public void requireReasonCodes() {
        require(rules().mayReadReasonCodes(caller()), "may not see the reason codes");
    }

    /** Reading the configured wrap-up reasons. */
    public void requireWrapUpReasons() {
        require(rules().mayReadWrapUpReasons(caller()), "may not see the wrap-up reasons");
    }

    /** Reading the server's warnings ({@code GET /system/warnings}). */
    public void requireServerWarnings() {
        require(rules().mayReadServerWarnings(caller()), "may not see the server's warnings");
    }

    /** Reading the system's status ({@code GET /system...}). */
    public void requireSystemRead() {
        require(rules().mayReadSystem(caller()), "may not see the system endpoints");
    }

    /** Changing the system (statistics reset, accounts). */
    public void requireSystemAdministration() {
        require(rules().mayAdministerSystem(caller()), "may not administer the system");
    }

    /** The agents of the list the caller may see. */
    public List<AgentView> visibleAgents(List<AgentView> agents) {
        Caller who = caller();
        return agents.stream().filter(agent -> rules().mayControlAgent(who, agent.id(), agent.teamId())).toList();
    }

    /** Whether the caller may see that team (lists are filtered with it). */
    public boolean maySeeTeam(int teamId) {
        return rules().maySeeTeam(caller(), teamId);
    }

    /** The calls of the list the caller may see. */
    public List<CallView> visibleCalls(List<CallView> calls) {
        Caller who = caller();
        return calls.stream().filter(call -> rules().mayReadCallRecord(who, call.agentIds())).toList();
    }

    private void require(boolean allowed, String refusal) {
        if (!allowed) {
            throw new AccessDeniedException(caller().name() + " " + refusal);
        }
    }
}
