package org.ctios.web.representation;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.Collection;
import java.util.StringJoiner;
import java.util.function.Function;
import org.ctios.server.api.view.AgentView;
import org.ctios.server.api.view.CallView;
import org.ctios.web.reasons.ReasonLabels;

/**
 * The JSON text of each agent and call as the API shows it ({@link AgentRepresentation}, {@link CallRepresentation}),
 * written once per view. The live model keeps a view until its agent or call changes and then replaces it, so views
 * are remembered by identity: a list of 2,000 agents, polled by a CRM or sent as a monitor stream's snapshot, is
 * mostly text written for an earlier list, and only the agents that changed since are serialised again. A view's
 * text goes with the view, once the model no longer holds it (weak keys).
 */
@ApplicationScoped
public class ViewTexts {

    /** Far above the agents and calls of a large contact centre's live model, so that only garbage leaves. */
    private static final int MAX_VIEWS = 100_000;

    private ReasonLabels labels;
    private final Jsonb json = JsonbBuilder.create();
    private final Cache<AgentView, String> agents = Caffeine.newBuilder().weakKeys().maximumSize(MAX_VIEWS).build();
    private final Cache<CallView, String> calls = Caffeine.newBuilder().weakKeys().maximumSize(MAX_VIEWS).build();

    /** For the container's proxy. */
    protected ViewTexts() {
    }

    /** @param labels the labels of reason codes, which every agent shown carries (fixed at start) */
    @Inject
    public ViewTexts(ReasonLabels labels) {
        this.labels = labels;
    }

    @PreDestroy
    void close() {
        try {
            json.close();
        } catch (Exception e) {
            // nothing to keep: the application is stopping
        }
    }

    /** The agent as {@code GET /api/agents/{id}} shows it. */
    public String agent(AgentView view) {
        return agents.get(view, shown -> json.toJson(AgentRepresentation.of(shown, labels)));
    }

    /** The call as {@code GET /api/calls/{id}} shows it. */
    public String call(CallView view) {
        return calls.get(view, shown -> json.toJson(CallRepresentation.of(shown)));
    }

    /** A JSON array of the agents, in the order given. */
    public String agentArray(Collection<AgentView> views) {
        return array(views, this::agent);
    }

    /** A JSON array of the calls, in the order given. */
    public String callArray(Collection<CallView> views) {
        return array(views, this::call);
    }

    private static <V> String array(Collection<V> views, Function<V, String> text) {
        StringJoiner joined = new StringJoiner(",", "[", "]");
        views.forEach(view -> joined.add(text.apply(view)));
        return joined.toString();
    }
}
