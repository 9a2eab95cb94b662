package org.ctios.simulator.server;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.ctios.protocol.CtiMessage;
import org.ctios.protocol.InvokedMessage;
import org.ctios.protocol.ProtocolVersion;
import org.ctios.protocol.message.session.OpenConf;
import org.ctios.protocol.message.session.OpenReq;
import org.ctios.protocol.stream.MessageReader;
import org.ctios.protocol.stream.MessageWriter;
import org.ctios.protocol.types.AgentState;
import org.ctios.protocol.types.ByteString;
import org.ctios.protocol.types.CtiService;

/** A bare CTI client for the simulator's tests: a socket with a message reader and writer, every read bounded. */
final class TestClient implements AutoCloseable {

    static final long ALL_CALL_EVENTS = 0xFFFF_FFFFL;
    static final long MONITOR_SERVICES = CtiService.mask(CtiService.ALL_EVENTS, CtiService.CLIENT_CONTROL);

    private final Socket socket;
    private final MessageReader reader;
    private final MessageWriter writer;
    private final AtomicLong invokeIds = new AtomicLong(100);

    TestClient(int port) throws IOException {
        this(new Socket(InetAddress.getLoopbackAddress(), port));
    }

    /** A client on a connected socket of the test's: a TLS one, say. */
    TestClient(Socket connected) throws IOException {
        socket = connected;
        socket.setSoTimeout(5_000);
        reader = new MessageReader(socket.getInputStream(), ProtocolVersion.V24);
        writer = new MessageWriter(socket.getOutputStream(), ProtocolVersion.V24);
    }

    long nextInvokeId() {
        return invokeIds.incrementAndGet();
    }

    static OpenReq monitorOpen(long invokeId) {
        return open(invokeId, 24, 60, MONITOR_SERVICES, ALL_CALL_EVENTS, AgentState.allStatesMask(), null, null);
    }

    static OpenReq open(long invokeId, long version, long idleTimeout, long services, long callMask, long agentMask,
                        String agentId, String extension) {
        return new OpenReq(invokeId, version, idleTimeout, 0xFFFF_FFFFL, services, callMask, agentMask, 0, 0, 0, 0,
                "test-client", ByteString.empty(), null, extension, agentId, null, null);
    }

    /** Opens a monitor-mode session with control and returns the confirmation. */
    OpenConf openMonitor() throws IOException {
        send(monitorOpen(nextInvokeId()));
        return (OpenConf) read();
    }

    void send(CtiMessage message) throws IOException {
        writer.write(message);
    }

    void sendRaw(byte[] bytes) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(bytes);
        out.flush();
    }

    /** The next message, or null when the server closed the connection; fails after 5 seconds. */
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

    /** Sends a request and reads until its reply (the message with its InvokeID), skipping events. */
    InvokedMessage request(InvokedMessage request) throws IOException {
        send(request);
        return readUntil(InvokedMessage.class, reply -> reply.invokeId() == request.invokeId()
                && reply.messageType() != request.messageType());
    }

    /** Every message that arrives within {@code millis}, for checking that nothing (else) came. */
    List<CtiMessage> drain(int millis) throws IOException {
        List<CtiMessage> messages = new ArrayList<>();
        socket.setSoTimeout(millis);
        try {
            while (true) {
                CtiMessage message = read();
                if (message == null) {
                    break;
                }
                messages.add(message);
            }
        } catch (SocketTimeoutException quiet) {
            // nothing more came
        } finally {
            socket.setSoTimeout(5_000);
        }
        return messages;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
