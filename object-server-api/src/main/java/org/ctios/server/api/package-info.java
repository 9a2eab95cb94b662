/**
 * The CDI API for enterprise applications deployed beside CTI OS (and for its own REST layer), their one way into
 * the object server: inject {@link org.ctios.server.api.AgentDesk} to read agents and change their states, {@link
 * org.ctios.server.api.SupervisorDesk} to see teams and supervise calls, the reads ({@link
 * org.ctios.server.api.AgentReads}, {@link org.ctios.server.api.CallReads}, {@link org.ctios.server.api.HistoryReads}
 * …) and the object server's {@code LiveUpdates} for what the live model holds; the views they return are in
 * {@code api.view}. Failures are typed unchecked exceptions: the ones of this package, and the connector's
 * {@code CtiLinkDownException}, {@code CtiTimeoutException} and {@code CtiRequestRefusedException}. All of them are
 * EJB application exceptions, so they reach a module of the EAR unwrapped through the desks' EJB views
 * ({@code java:app/cti/AgentDesk}, see README.md).
 */
package org.ctios.server.api;
