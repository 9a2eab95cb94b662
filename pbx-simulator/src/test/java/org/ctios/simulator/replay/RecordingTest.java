package org.ctios.simulator.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RecordingTest {

    @Test
    void readsBackWhatWasWritten() throws IOException {
        byte[] first = frame(30, 4);
        byte[] second = frame(9, 0);
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try (RecordingWriter writer = new RecordingWriter(file)) {
            writer.write(5, first, 0, first.length);
            writer.write(17, second, 0, second.length);
        }

        Recording recording = Recording.read(new ByteArrayInputStream(file.toByteArray()));

        assertThat(recording.size()).isEqualTo(2);
        assertThat(recording.frame(0).offsetNanos()).isEqualTo(5);
        assertThat(recording.frame(0).bytes()).isEqualTo(first);
        assertThat(recording.frame(0).messageTypeNumber()).isEqualTo(30);
        assertThat(recording.frame(1).offsetNanos()).isEqualTo(17);
        assertThat(recording.frame(1).bytes()).isEqualTo(second);
    }

    @Test
    void refusesAnotherFormat() {
        byte[] notARecording = {'P', 'K', 3, 4, 0, 0, 0, 1};
        assertThatThrownBy(() -> Recording.read(new ByteArrayInputStream(notARecording)))
                .isInstanceOf(IOException.class).hasMessageContaining("not a CTI recording");
    }

    @Test
    void refusesAnotherVersion() {
        byte[] version2 = {'C', 'T', 'I', 'R', 0, 0, 0, 2};
        assertThatThrownBy(() -> Recording.read(new ByteArrayInputStream(version2)))
                .isInstanceOf(IOException.class).hasMessageContaining("version 2");
    }

    @Test
    void refusesACutOffFrame() throws IOException {
        byte[] frame = frame(30, 10);
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try (RecordingWriter writer = new RecordingWriter(file)) {
            writer.write(1, frame, 0, frame.length);
        }
        byte[] cut = Arrays.copyOf(file.toByteArray(), file.size() - 3);

        assertThatThrownBy(() -> Recording.read(new ByteArrayInputStream(cut))).isInstanceOf(IOException.class);
    }

    /** A frame with a body of {@code bodyLength} bytes counting up. */
    static byte[] frame(int messageType, int bodyLength) {
        byte[] frame = new byte[8 + bodyLength];
        frame[3] = (byte) bodyLength;
        frame[7] = (byte) messageType;
        for (int i = 0; i < bodyLength; i++) {
            frame[8 + i] = (byte) (i + 1);
        }
        return frame;
    }
}
