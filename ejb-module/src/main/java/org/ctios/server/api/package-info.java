/**
 * The CDI API for enterprise applications deployed beside CTI OS (and for its own REST layer): inject
 * {@link org.ctios.server.api.AgentDesk} to read agents and change their states, {@link
 * org.ctios.server.api.SupervisorDesk} to see teams and supervise calls. Failures are typed unchecked exceptions: the
 * ones of this package, and the connector's {@code CtiLinkDownException}, {@code CtiTimeoutException} and
 * {@code CtiRequestRefusedException}.
 */
package org.ctios.server.api;
