package org.ctios.web.events;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.ctios.server.events.LiveSnapshot;
import org.ctios.server.events.LiveUpdates;
import org.ctios.server.api.view.AgentView;
import org.ctios.server.api.view.CallView;
import org.ctios.web.representation.ViewTexts;

/**
 * The snapshots streams start with, taken from the live model and serialised once per scope and version: every
 * client that opens the same scope (an agent, a team, a monitor filter) while the model is at the same version, or
 * while that scope's snapshot is being taken, gets the same text. An agent's snapshot is its agent and the calls at
 * its devices, found through the model's indexes; a team's, its members and their calls; a monitor filter's, every
 * agent and call it concerns.
 */
@ApplicationScoped
public class StreamSnapshots {

    /** Scopes whose latest snapshot is kept: every agent of a large contact centre, its teams and some filters. */
    private static final int MAX_SCOPES = 10_000;
    /** How long a client waits for a snapshot another is taking before it takes its own. */
    private static final Duration SHARED_WAIT = Duration.ofSeconds(5);

    /** A snapshot, with the version of the model it shows. */
    private record Taken(long version, EventHub.Snapshot snapshot) {
    }

    private LiveUpdates live;
    private Supplier<EventHub.Position> position;
    private ViewTexts texts;
    private final Cache<String, CompletableFuture<Taken>> latest = Caffeine.newBuilder().maximumSize(MAX_SCOPES)
            .expireAfterWrite(Duration.ofMinutes(1)).build();

    /** For the container's proxy. */
    protected StreamSnapshots() {
    }

    @Inject
    public StreamSnapshots(LiveUpdates live, EventStreams streams, ViewTexts texts) {
        this(live, streams::position, texts);
    }

    /**
     * @param position where the events' sequence stands: read before the model, so the events after it follow
     * @param texts    the agents' and calls' JSON text
     */
    StreamSnapshots(LiveUpdates live, Supplier<EventHub.Position> position, ViewTexts texts) {
        this.live = live;
        this.position = position;
        this.texts = texts;
    }

    /**
     * The snapshot for a stream of this filter: one being taken or taken at the model's current version for the
     * same scope, unless {@code fresh}; else a new one.
     */
    public EventHub.Snapshot take(EventFilter filter, boolean fresh) {
        String scope = filter.snapshotScope();
        CompletableFuture<Taken> mine = new CompletableFuture<>();
        CompletableFuture<Taken> chosen = fresh ? mine
                : latest.asMap().compute(scope, (key, earlier) -> usable(earlier) ? earlier : mine);
        if (fresh) {
            latest.put(scope, mine);
        }
        if (chosen != mine) {
            Optional<Taken> shared = await(chosen);
            if (shared.isPresent()) {
                return shared.get().snapshot();
            }
            latest.put(scope, mine);
        }
        try {
            EventHub.Position after = position.get();
            LiveSnapshot state = live.current();
            Taken taken = new Taken(state.version(), new EventHub.Snapshot(after, content(filter, state)));
            mine.complete(taken);
            return taken.snapshot();
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            latest.asMap().remove(scope, mine);
            throw e;
        }
    }

    /** Being taken now, or taken at the version the model is at. */
    private boolean usable(CompletableFuture<Taken> earlier) {
        if (earlier == null || earlier.isCompletedExceptionally()) {
            return false;
        }
        Taken taken = earlier.getNow(null);
        return taken == null || taken.version() == live.current().version();
    }

    private static Optional<Taken> await(CompletableFuture<Taken> shared) {
        try {
            return Optional.of(shared.get(SHARED_WAIT.toMillis(), TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException | TimeoutException e) {
            return Optional.empty();
        }
    }

    /**
     * The snapshot's data: the agents the filter covers, each as {@code GET /api/agents/{id}} shows it, and the calls
     * in progress that concern them, oldest first (the {@code type} key does not narrow a snapshot); written from
     * each view's text ({@link ViewTexts}).
     */
    private String content(EventFilter filter, LiveSnapshot state) {
        List<AgentView> agents;
        Collection<CallView> candidates;
        Optional<String> agent = filter.soleAgent();
        Optional<Integer> team = filter.soleTeam();
        if (agent.isPresent()) {
            agents = state.agent(agent.get()).map(List::of).orElse(List.of());
            candidates = state.callsOf(agent.get());
        } else if (team.isPresent()) {
            agents = state.members(team.get());
            Map<Long, CallView> theirs = new TreeMap<>();
            agents.forEach(member -> state.callsOf(member.id()).forEach(call -> theirs.put(call.id(), call)));
            candidates = theirs.values();
        } else {
            agents = state.agents();
            candidates = state.calls();
        }
        Map<String, AgentView> shown = new LinkedHashMap<>();
        for (AgentView view : agents) {
            if (concerns(filter, view)) {
                shown.put(view.id(), view);
            }
        }
        List<CallView> calls = new ArrayList<>();
        List<CallView> ordered = new ArrayList<>(candidates);
        ordered.sort(CallView.OLDEST_FIRST);
        for (CallView call : ordered) {
            List<String> teams = new ArrayList<>();
            for (String agentId : call.agentIds()) {
                state.agent(agentId).map(AgentView::teamId).ifPresent(teamId -> teams.add(String.valueOf(teamId)));
            }
            if (filter.concerns(call.agentIds(), teams, call.skillGroupNumber() == null ? List.of()
                    : List.of(String.valueOf(call.skillGroupNumber())))) {
                calls.add(call);
            }
        }
        return "{\"agents\":" + texts.agentArray(shown.values()) + ",\"calls\":" + texts.callArray(calls) + "}";
    }

    private static boolean concerns(EventFilter filter, AgentView agent) {
        return filter.concerns(List.of(agent.id()), agent.teamId() == null ? List.of()
                : List.of(String.valueOf(agent.teamId())), agent.skillGroups().stream().map(String::valueOf).toList());
    }
}
