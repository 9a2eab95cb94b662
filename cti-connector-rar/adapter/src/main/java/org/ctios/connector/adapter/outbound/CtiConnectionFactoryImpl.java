package org.ctios.connector.adapter.outbound;

import jakarta.resource.Referenceable;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionManager;
import javax.naming.Reference;
import org.ctios.connector.api.CtiConnection;
import org.ctios.connector.api.CtiConnectionFactory;
import org.ctios.connector.api.CtiException;
import org.ctios.connector.api.LinkStatus;

/** What the application injects: hands out pooled connections through the container's connection manager. */
public class CtiConnectionFactoryImpl implements CtiConnectionFactory, Referenceable {

    private static final long serialVersionUID = 1L;

    private final CtiManagedConnectionFactory managedFactory;
    private final ConnectionManager manager;
    private Reference reference;

    public CtiConnectionFactoryImpl(CtiManagedConnectionFactory managedFactory, ConnectionManager manager) {
        this.managedFactory = managedFactory;
        this.manager = manager;
    }

    @Override
    public CtiConnection getConnection() {
        try {
            return (CtiConnection) manager.allocateConnection(managedFactory, null);
        } catch (ResourceException e) {
            throw new CtiException("no CTI connection could be allocated: " + e.getMessage(), e);
        }
    }

    @Override
    public LinkStatus linkStatus() {
        return managedFactory.connector().status();
    }

    @Override
    public void setReference(Reference reference) {
        this.reference = reference;
    }

    @Override
    public Reference getReference() {
        return reference;
    }
}
