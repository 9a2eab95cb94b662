package org.ctios.server.application.translation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.ctios.protocol.types.CallType;
import org.junit.jupiter.api.Test;

class CallTypesTest {

    private static final Set<CallType> CONSULTATIONS =
            EnumSet.of(CallType.CONSULT, CallType.CONSULT_OFFERRED, CallType.CONSULT_CONFERENCE);

    @Test
    void theThreeConsultationTypesAndNoOtherAreConsultations() {
        for (CallType type : CallType.values()) {
            assertThat(CallTypes.isConsultation(type.wire())).as(type.name())
                    .isEqualTo(CONSULTATIONS.contains(type));
        }
    }

    @Test
    void aCallWithoutAReportedTypeIsNoConsultation() {
        assertThat(CallTypes.isConsultation(null)).isFalse();
    }
}
