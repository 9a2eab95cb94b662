/**
 * What the object server tells the rest of the application after each change has been committed: CDI events to
 * observe with {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)} (the web tier's event streams, enterprise
 * applications deployed beside it). Each carries the ids of what changed and the essentials; the queries give the
 * rest.
 */
package org.ctios.server.events;
