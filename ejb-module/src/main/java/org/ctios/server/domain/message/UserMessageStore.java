package org.ctios.server.domain.message;

import java.time.Instant;
import java.util.List;

/** The stored user messages. */
public interface UserMessageStore {

    void add(UserMessage message);

    /**
     * The newest messages an agent received, newest first: those for it, for its team (when it has one), for its
     * team's supervisors when it is one of them, and for everyone, sent at or after {@code since} and with an id
     * below {@code beforeId} (none when null).
     */
    List<UserMessage> receivedByAgent(String agentId, Integer teamId, boolean supervisesTeam, Instant since,
                                      Long beforeId, int limit);

    /** The same for the supervisors of a team: the messages for them and for everyone. */
    List<UserMessage> receivedBySupervisors(int teamId, Instant since, Long beforeId, int limit);

    /** @return how many messages sent before {@code cutoff} were deleted */
    int deleteSentBefore(Instant cutoff);
}
