/**
 * The {@code text/event-stream} wire format, read from bytes with bounded memory; knows nothing of CTI.
 */
package org.ctios.client.sse;
