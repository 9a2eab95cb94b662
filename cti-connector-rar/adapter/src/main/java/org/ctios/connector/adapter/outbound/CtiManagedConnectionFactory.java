package org.ctios.connector.adapter.outbound;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionDefinition;
import jakarta.resource.spi.ConnectionManager;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.ManagedConnectionFactory;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.ResourceAdapterAssociation;
import jakarta.resource.spi.TransactionSupport;
import java.io.PrintWriter;
import java.util.Set;
import javax.security.auth.Subject;
import org.ctios.connector.adapter.CtiResourceAdapter;
import org.ctios.connector.adapter.runtime.CtiConnector;
import org.ctios.connector.api.CtiConnection;
import org.ctios.connector.api.CtiConnectionFactory;
import org.ctios.connector.api.CtiLinkDownException;

/**
 * Makes the connections of the outbound connection factory. Every managed connection is a view on the adapter's one
 * CTI link, so they are cheap, interchangeable and need no transaction: a CTI request cannot be rolled back.
 */
@ConnectionDefinition(connectionFactory = CtiConnectionFactory.class,
        connectionFactoryImpl = CtiConnectionFactoryImpl.class,
        connection = CtiConnection.class,
        connectionImpl = CtiConnectionHandle.class)
public class CtiManagedConnectionFactory implements ManagedConnectionFactory, ResourceAdapterAssociation,
        TransactionSupport {

    private static final long serialVersionUID = 1L;

    private transient CtiResourceAdapter resourceAdapter;
    private transient PrintWriter logWriter;

    @Override
    public Object createConnectionFactory(ConnectionManager manager) {
        return new CtiConnectionFactoryImpl(this, manager);
    }

    /** Outside a container: connections straight from this factory, without a pool. */
    @Override
    public Object createConnectionFactory() {
        return new CtiConnectionFactoryImpl(this, new UnpooledConnectionManager());
    }

    @Override
    public ManagedConnection createManagedConnection(Subject subject, ConnectionRequestInfo info) {
        return new CtiManagedConnection(this);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public ManagedConnection matchManagedConnections(Set connections, Subject subject, ConnectionRequestInfo info) {
        for (Object candidate : connections) {
            if (candidate instanceof CtiManagedConnection connection && connection.factory() == this) {
                return connection;
            }
        }
        return null;
    }

    /** The running connector, for the connections' requests. */
    CtiConnector connector() {
        CtiConnector connector = resourceAdapter == null ? null : resourceAdapter.connector();
        if (connector == null) {
            throw new CtiLinkDownException("the CTI connector is not running");
        }
        return connector;
    }

    @Override
    public TransactionSupportLevel getTransactionSupport() {
        return TransactionSupportLevel.NoTransaction;
    }

    @Override
    public ResourceAdapter getResourceAdapter() {
        return resourceAdapter;
    }

    @Override
    public void setResourceAdapter(ResourceAdapter adapter) throws ResourceException {
        if (!(adapter instanceof CtiResourceAdapter ctiAdapter)) {
            throw new ResourceException("the CTI connection factory belongs to the CTI resource adapter, not "
                    + adapter);
        }
        this.resourceAdapter = ctiAdapter;
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    // No configuration of its own: factories of the same adapter are the same (JCA 6.5.3.3).

    @Override
    public boolean equals(Object other) {
        return other instanceof CtiManagedConnectionFactory factory && factory.resourceAdapter == resourceAdapter;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(resourceAdapter);
    }
}
