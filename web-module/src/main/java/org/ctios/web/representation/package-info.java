/**
 * The JSON shapes that the REST API answers with and the event streams send alike: an agent, a call, a skill group,
 * each made from its view of {@code org.ctios.server.api.view}. They are kept apart from the resources so that the
 * event streams depend on no part of the REST API, nor it on them.
 */
package org.ctios.web.representation;
