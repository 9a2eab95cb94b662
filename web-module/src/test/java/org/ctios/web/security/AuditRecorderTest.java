package org.ctios.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which control requests count as made on behalf of another agent, and so go into the audit trail. */
class AuditRecorderTest {

    @Test
    void anAccountThatIsNoAgentAlwaysActsForAnother() {
        assertThat(AuditRecorder.onBehalfOfAnother(null, "1001", List::of)).isTrue();
        assertThat(AuditRecorder.onBehalfOfAnother(null, null, () -> List.of("1001"))).isTrue();
    }

    @Test
    void anAgentActingOnItselfIsNotAuditedOnAnotherIs() {
        assertThat(AuditRecorder.onBehalfOfAnother("1001", "1001", List::of)).isFalse();
        assertThat(AuditRecorder.onBehalfOfAnother("1025", "1001", List::of)).isTrue();
    }

    @Test
    void onACallNamingNoAgentWhatCountsIsWhetherTheCallersAgentIsOnIt() {
        assertThat(AuditRecorder.onBehalfOfAnother("1001", null, () -> List.of("1001", "1002"))).isFalse();
        assertThat(AuditRecorder.onBehalfOfAnother("1025", null, () -> List.of("1001"))).isTrue();
    }
}
