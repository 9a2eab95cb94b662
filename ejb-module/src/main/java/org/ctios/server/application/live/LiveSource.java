package org.ctios.server.application.live;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/** Where the live model is read from when it is (re)built: the database, which records what happened. */
public interface LiveSource {

    /**
     * Everything the model holds, read in one transaction.
     *
     * @param startOfDay where the skill groups' figures of the day begin, in the zone that says what a day is
     */
    Contents read(ZonedDateTime startOfDay);

    /**
     * @param handledToday per skill group number, its calls ended since the start of the day
     */
    record Contents(LiveOrganisation organisation, List<LiveAgent> agents, List<LiveCall> calls,
                    Map<Long, DayTally> handledToday) {

        public Contents {
            agents = List.copyOf(agents);
            calls = List.copyOf(calls);
            handledToday = Map.copyOf(handledToday);
        }
    }
}
