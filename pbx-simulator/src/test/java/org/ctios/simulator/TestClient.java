package org.ctios.simulator;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.function.Predicate;
import org.ctios.protocol.CtiMessage;
import org.ctios.protocol.ProtocolVersion;
import org.ctios.protocol.framing.MessageReader;
import org.ctios.protocol.framing.MessageWriter;
import org.ctios.protocol.message.session.OpenReq;
import org.ctios.protocol.types.AgentState;
import org.ctios.protocol.types.ByteString;
import org.ctios.protocol.types.CtiService;

/** A bare CTI client for the simulator's tests: a socket with a message reader and writer, reads bounded. */
final class TestClient implements AutoCloseable {

    private final Socket socket;
    private final MessageReader reader;
    private final MessageWriter writer;

    TestClient(int port) throws IOException {
        socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setSoTimeout(5_000);
        reader = new MessageReader(socket.getInputStream(), ProtocolVersion.V24);
        writer = new MessageWriter(socket.getOutputStream(), ProtocolVersion.V24);
    }

    static OpenReq monitorModeOpen(long invokeId, long version) {
        return new OpenReq(invokeId, version, 60, 0xFFFF_FFFFL, CtiService.ALL_EVENTS.bit(), 0xFFFF_FFFFL,
                AgentState.allStatesMask(), 0, 0, 0, 0, "test-client", ByteString.empty(), null, null, null, null,
                null);
    }

    void send(CtiMessage message) throws IOException {
        writer.write(message);
    }

    /** The next message; fails after the socket's 5-second read timeout. */
    CtiMessage read() throws IOException {
        return reader.read();
    }

    /** Reads until a message matches, skipping others; fails after 5 seconds without a match. */
    <M extends CtiMessage> M readUntil(Class<M> type, Predicate<M> match) throws IOException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < deadline) {
            CtiMessage message = read();
            if (message == null) {
                throw new IOException("connection closed while waiting for " + type.getSimpleName());
            }
            if (type.isInstance(message) && match.test(type.cast(message))) {
                return type.cast(message);
            }
        }
        throw new SocketTimeoutException("no matching " + type.getSimpleName() + " within 5 s");
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
