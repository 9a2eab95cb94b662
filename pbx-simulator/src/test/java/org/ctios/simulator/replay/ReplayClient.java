package org.ctios.simulator.replay;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.Arrays;
import org.ctios.protocol.CtiMessage;
import org.ctios.protocol.ProtocolVersion;
import org.ctios.protocol.codec.CtiCodec;
import org.ctios.protocol.framing.FrameReader;
import org.ctios.protocol.message.session.OpenConf;
import org.ctios.protocol.message.session.OpenReq;
import org.ctios.protocol.stream.MessageWriter;
import org.ctios.protocol.types.AgentState;
import org.ctios.protocol.types.ByteString;

/** A CTI client for the replay tests that reads raw frames, so replayed bytes can be compared; reads time out. */
final class ReplayClient implements AutoCloseable {

    private final Socket socket;
    private final FrameReader frames;
    private final MessageWriter writer;
    private final CtiCodec codec = CtiCodec.v24();

    ReplayClient(int port) throws IOException {
        socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setSoTimeout(5_000);
        frames = new FrameReader(socket.getInputStream());
        writer = new MessageWriter(socket.getOutputStream(), ProtocolVersion.V24);
    }

    /** Opens a session as the connector does and returns the confirmation. */
    OpenConf open() throws IOException {
        send(new OpenReq(1, 24, 60, 0xFFFF_FFFFL, TrafficRecorder.SERVICES, TrafficRecorder.ALL_CALL_EVENTS,
                AgentState.allStatesMask(), 0, 0, 0, 0, "replay-test", ByteString.empty(), null, null, null, null,
                null));
        return (OpenConf) readMessage();
    }

    void send(CtiMessage message) throws IOException {
        writer.write(message);
    }

    /** The next frame, header included; fails after 5 seconds or when the server closed the connection. */
    byte[] readFrame() throws IOException {
        frames.readFrameOrFail();
        return Arrays.copyOf(frames.buffer(), frames.frameSize());
    }

    CtiMessage readMessage() throws IOException {
        byte[] frame = readFrame();
        return codec.decodeFrame(frame, 0, frame.length);
    }

    /** The message type of a frame read with {@link #readFrame()}. */
    static int messageType(byte[] frame) {
        return new RecordedFrame(0, frame).messageTypeNumber();
    }

    CtiMessage decode(byte[] frame) throws IOException {
        return codec.decodeFrame(frame, 0, frame.length);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
