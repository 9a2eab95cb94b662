package org.ctios.server.infrastructure.cti;

import jakarta.ejb.Singleton;
import jakarta.resource.ConnectionFactoryDefinition;
import jakarta.resource.spi.TransactionSupport.TransactionSupportLevel;

/**
 * Defines the CTI connector's outbound connection factory for the application, at {@link #JNDI_NAME}. The container
 * reads the definition from this otherwise idle bean. The connections are views on the adapter's one CTI link, so
 * the pool only bounds how many requests may be in progress at once.
 */
@ConnectionFactoryDefinition(
        name = CtiConnectionFactoryDefinition.JNDI_NAME,
        description = "Agent and call control through the CTI Server link",
        interfaceName = "org.ctios.connector.api.CtiConnectionFactory",
        // The RAR deployed beside the WAR (cti-connector.rar) on Payara Micro; "#cti-connector", the RAR of the
        // same application, in the EAR on Payara Server (set ctios.cti.resource-adapter there).
        resourceAdapter = "${MPCONFIG=ctios.cti.resource-adapter:cti-connector}",
        transactionSupport = TransactionSupportLevel.NoTransaction,
        minPoolSize = 0,
        maxPoolSize = 64)
@Singleton
public class CtiConnectionFactoryDefinition {

    /** JNDI name of the connection factory. */
    public static final String JNDI_NAME = "java:app/cti/connectionFactory";
}
