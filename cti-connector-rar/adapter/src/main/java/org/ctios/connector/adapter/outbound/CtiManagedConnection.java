package org.ctios.connector.adapter.outbound;

import jakarta.resource.NotSupportedException;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionEvent;
import jakarta.resource.spi.ConnectionEventListener;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.LocalTransaction;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.ManagedConnectionMetaData;
import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ConcurrentHashMap;
import javax.security.auth.Subject;
import javax.transaction.xa.XAResource;
import org.ctios.connector.adapter.runtime.CtiConnector;

/**
 * A pooled connection to the CTI link. It holds no socket of its own, only the handles the application uses; when
 * a request finds the link down it tells the pool ({@code CONNECTION_ERROR_OCCURRED}) so that the pool drops it.
 */
final class CtiManagedConnection implements ManagedConnection {

    private final CtiManagedConnectionFactory factory;
    private final List<ConnectionEventListener> listeners = new CopyOnWriteArrayList<>();
    private final Set<CtiConnectionHandle> handles = ConcurrentHashMap.newKeySet();
    private PrintWriter logWriter;

    CtiManagedConnection(CtiManagedConnectionFactory factory) {
        this.factory = factory;
    }

    CtiManagedConnectionFactory factory() {
        return factory;
    }

    CtiConnector connector() {
        return factory.connector();
    }

    @Override
    public Object getConnection(Subject subject, ConnectionRequestInfo info) {
        CtiConnectionHandle handle = new CtiConnectionHandle(this);
        handles.add(handle);
        return handle;
    }

    @Override
    public void associateConnection(Object connection) throws ResourceException {
        if (!(connection instanceof CtiConnectionHandle handle)) {
            throw new ResourceException("not a CTI connection: " + connection);
        }
        handle.managedConnection().handles.remove(handle);
        handle.associate(this);
        handles.add(handle);
    }

    /** The application closed a handle. */
    void closed(CtiConnectionHandle handle) {
        handles.remove(handle);
        fire(ConnectionEvent.CONNECTION_CLOSED, handle, null);
    }

    /** A request found the link down: the pool should not hand this connection out again. */
    void failed(CtiConnectionHandle handle, Exception error) {
        fire(ConnectionEvent.CONNECTION_ERROR_OCCURRED, handle, error);
    }

    private void fire(int type, CtiConnectionHandle handle, Exception error) {
        ConnectionEvent event = error == null ? new ConnectionEvent(this, type) : new ConnectionEvent(this, type,
                error);
        event.setConnectionHandle(handle);
        for (ConnectionEventListener listener : listeners) {
            if (type == ConnectionEvent.CONNECTION_CLOSED) {
                listener.connectionClosed(event);
            } else {
                listener.connectionErrorOccurred(event);
            }
        }
    }

    @Override
    public void cleanup() {
        handles.forEach(CtiConnectionHandle::invalidate);
        handles.clear();
    }

    @Override
    public void destroy() {
        cleanup();
        listeners.clear();
    }

    @Override
    public void addConnectionEventListener(ConnectionEventListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeConnectionEventListener(ConnectionEventListener listener) {
        listeners.remove(listener);
    }

    @Override
    public XAResource getXAResource() throws ResourceException {
        throw new NotSupportedException("CTI requests are not transactional");
    }

    @Override
    public LocalTransaction getLocalTransaction() throws ResourceException {
        throw new NotSupportedException("CTI requests are not transactional");
    }

    @Override
    public ManagedConnectionMetaData getMetaData() {
        return new ManagedConnectionMetaData() {
            @Override
            public String getEISProductName() {
                return "Cisco CTI Server (GED-188)";
            }

            @Override
            public String getEISProductVersion() {
                return "protocol version 24";
            }

            @Override
            public int getMaxConnections() {
                return 0;
            }

            @Override
            public String getUserName() {
                return null;
            }
        };
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }
}
