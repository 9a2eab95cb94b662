package org.ctios.connector.api;

import java.io.Serializable;
import javax.naming.Referenceable;

/**
 * The CTI connector's connection factory. The RAR's deployment defines one for every application of the server, at
 * {@link #JNDI_NAME} (a connector resource of the server, created with the RAR's deployment: cti-connector-rar's
 * README, "Outbound control"): inject it with {@code @Resource(lookup = CtiConnectionFactory.JNDI_NAME)}. Its
 * connections are views on the adapter's one CTI link, so every application's requests travel over the one CTI
 * session.
 */
public interface CtiConnectionFactory extends Serializable, Referenceable {

    /**
     * Where the RAR's deployment binds the factory, for every application of the server: a server-wide name, since
     * Payara refuses {@code java:global/} both for a connector resource ("cannot contain ':'") and inside a RAR's
     * glassfish-resources.xml (only {@code java:app/}, which no other application sees).
     */
    String JNDI_NAME = "cti/connectionFactory";

    /** A connection for control requests; close it when done (try-with-resources). */
    CtiConnection getConnection();

    /** The state of the CTI link, without taking a connection. */
    LinkStatus linkStatus();
}
