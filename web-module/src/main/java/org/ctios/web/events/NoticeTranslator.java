package org.ctios.web.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.List;
import org.ctios.server.events.Notice;
import org.ctios.web.reasons.ReasonLabels;

/**
 * Turns batches of committed notices into stream events: {@link NoticeBatchReader} reads what they concern from the
 * live model, {@link NoticeEvents} builds each event.
 */
@ApplicationScoped
public class NoticeTranslator {

    /** An event ready to be numbered and published. */
    public record Translated(String name, String data, EventRouting routing) {
    }

    private final Jsonb json = JsonbBuilder.create();

    @Inject
    private NoticeBatchReader reader;

    @Inject
    private ReasonLabels labels;

    private NoticeEvents events;

    @PostConstruct
    void start() {
        events = new NoticeEvents(json, labels);
    }

    @PreDestroy
    void close() {
        try {
            json.close();
        } catch (Exception e) {
            // nothing to keep: the application is stopping
        }
    }

    /**
     * The events for a batch of notices, in the notices' order, one each (none for an agent's notice without the
     * agent's view whose agent no longer exists): the state of everything the batch concerns is read once, from one
     * version of the model, then each notice is translated as it would have been alone; an agent's notice carries
     * the agent as of its change.
     */
    public List<Translated> translate(List<? extends Notice> notices) {
        ConcernedState state = reader.read(notices);
        List<Translated> translated = new ArrayList<>(notices.size());
        for (Notice notice : notices) {
            events.translate(notice, state).ifPresent(translated::add);
        }
        return translated;
    }
}
