package org.ctios.connector.api;

import java.io.Serializable;
import javax.naming.Referenceable;

/**
 * The CTI connector's connection factory: inject it with {@code @Resource(lookup = ...)} after defining it with
 * {@code @ConnectionFactoryDefinition(interfaceName = "org.ctios.connector.api.CtiConnectionFactory",
 * resourceAdapter = "cti-connector", ...)}.
 */
public interface CtiConnectionFactory extends Serializable, Referenceable {

    /** A connection for control requests; close it when done (try-with-resources). */
    CtiConnection getConnection();

    /** The state of the CTI link, without taking a connection. */
    LinkStatus linkStatus();
}
