/**
 * The Java client of CTI OS: CTI OS's object model (session, agent, call, skill group, team, supervisor; agent, team
 * and monitor mode; enabled actions) over the server's REST API and event streams, for applications outside the
 * server. Start with {@link org.ctios.client.CtiSession#builder(String)}; the module's README says how it is built.
 */
package org.ctios.client;
