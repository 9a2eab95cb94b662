package org.ctios.web.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ReplayBufferTest {

    private static StreamEvent event(long id) {
        return new StreamEvent(id, "AgentState", "{}", new EventRouting("AgentState", Set.of(), Set.of(), Set.of()));
    }

    @Test
    void givesWhatCameAfterAnIdInOrder() {
        ReplayBuffer buffer = new ReplayBuffer(10, 100);
        for (long id = 101; id <= 105; id++) {
            buffer.append(event(id));
        }

        assertThat(buffer.after(102)).hasValueSatisfying(missed ->
                assertThat(missed).extracting(StreamEvent::id).containsExactly(103L, 104L, 105L));
        assertThat(buffer.after(105)).as("nothing missed").hasValueSatisfying(missed -> assertThat(missed).isEmpty());
        assertThat(buffer.after(100)).as("the moment before the first event")
                .hasValueSatisfying(missed -> assertThat(missed).hasSize(5));
    }

    @Test
    void keepsOnlyTheLatestAndSaysWhenAnIdIsTooOld() {
        ReplayBuffer buffer = new ReplayBuffer(3, 0);
        for (long id = 1; id <= 5; id++) {
            buffer.append(event(id));
        }

        assertThat(buffer.size()).isEqualTo(3);
        assertThat(buffer.after(1)).as("event 2 is forgotten").isEmpty();
        assertThat(buffer.after(2)).hasValueSatisfying(missed ->
                assertThat(missed).extracting(StreamEvent::id).containsExactly(3L, 4L, 5L));
    }

    @Test
    void anIdFromAnotherRunIsNotReplayed() {
        ReplayBuffer buffer = new ReplayBuffer(3, 1_000);
        buffer.append(event(1_001));

        assertThat(buffer.after(5_000)).as("from the future: another run of the server").isEmpty();
        assertThat(buffer.after(10)).as("from an earlier run").isEmpty();
    }

    @Test
    void forgettingEverythingSendsEvenAnUpToDateClientToASnapshot() {
        ReplayBuffer buffer = new ReplayBuffer(3, 0);
        buffer.append(event(1));
        buffer.forgetAll();

        assertThat(buffer.after(1)).isEmpty();
        buffer.append(event(2));
        assertThat(buffer.after(2)).hasValueSatisfying(missed -> assertThat(missed).isEmpty());
    }

    @Test
    void idsMustGrow() {
        ReplayBuffer buffer = new ReplayBuffer(3, 0);
        buffer.append(event(1));

        assertThatThrownBy(() -> buffer.append(event(1))).isInstanceOf(IllegalArgumentException.class);
    }
}
