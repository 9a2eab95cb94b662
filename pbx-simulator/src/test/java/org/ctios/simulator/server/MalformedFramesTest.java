package org.ctios.simulator.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ctios.protocol.ProtocolException;
import org.ctios.protocol.codec.CtiCodec;
import org.junit.jupiter.api.Test;

class MalformedFramesTest {

    private final CtiCodec codec = CtiCodec.v24();

    @Test
    void theProtocolsCodecRefusesEveryKindOfTheFlood() {
        for (int index = 0; index < 6; index++) {
            byte[] frame = MalformedFrames.frame(index);
            assertThatThrownBy(() -> codec.decodeFrame(frame, 0, frame.length)).as("frame %d", index)
                    .isInstanceOf(ProtocolException.class);
        }
    }

    @Test
    void theFloodCyclesThroughItsThreeKinds() {
        assertThat(MalformedFrames.frame(0)).isEqualTo(MalformedFrames.oversizedLength());
        assertThat(MalformedFrames.frame(4)).isEqualTo(MalformedFrames.undefinedType());
        assertThat(MalformedFrames.frame(5))
                .isEqualTo(MalformedFrames.floatingFieldPastTheEnd());
    }
}
