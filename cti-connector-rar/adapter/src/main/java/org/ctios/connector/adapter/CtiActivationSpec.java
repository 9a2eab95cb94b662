package org.ctios.connector.adapter;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.Activation;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.InvalidPropertyException;
import jakarta.resource.spi.ResourceAdapter;
import java.io.Serializable;
import org.ctios.connector.api.CtiEventBatchListener;
import org.ctios.connector.api.CtiEventListener;

/** How an MDB subscribes to the CTI link's events. The link itself is configured on the resource adapter. */
@Activation(messageListeners = {CtiEventListener.class, CtiEventBatchListener.class})
public class CtiActivationSpec implements ActivationSpec, Serializable {

    private static final long serialVersionUID = 1L;

    private transient ResourceAdapter resourceAdapter;

    @Override
    public void validate() throws InvalidPropertyException {
        // Nothing to check yet: the activation has no properties of its own.
    }

    @Override
    public ResourceAdapter getResourceAdapter() {
        return resourceAdapter;
    }

    @Override
    public void setResourceAdapter(ResourceAdapter adapter) throws ResourceException {
        this.resourceAdapter = adapter;
    }
}
