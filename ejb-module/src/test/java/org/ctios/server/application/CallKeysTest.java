package org.ctios.server.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CallKeysTest {

    @Test
    void eachKeyIsNewAndComesAfterTheOnesBefore() {
        CallKeys keys = new CallKeys();
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            made.add(keys.next());
        }

        assertThat(new HashSet<>(made)).hasSize(made.size());
        assertThat(made).as("in text order, so that new rows land at the end of an index").isSorted();
        assertThat(made).allSatisfy(key -> {
            assertThat(key).hasSize(36);
            assertThat(UUID.fromString(key).version()).isEqualTo(7);
        });
    }
}
