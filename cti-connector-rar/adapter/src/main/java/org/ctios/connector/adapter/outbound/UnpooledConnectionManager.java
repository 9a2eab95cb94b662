package org.ctios.connector.adapter.outbound;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionManager;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.ManagedConnectionFactory;

/** The connection manager of a factory used outside a container: a fresh managed connection per connection. */
final class UnpooledConnectionManager implements ConnectionManager {

    private static final long serialVersionUID = 1L;

    @Override
    public Object allocateConnection(ManagedConnectionFactory factory, ConnectionRequestInfo info)
            throws ResourceException {
        return factory.createManagedConnection(null, info).getConnection(null, info);
    }
}
