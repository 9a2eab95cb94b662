package org.ctios.protocol;

/**
 * A request or the reply to one: the client picks the InvokeID of a request and the server echoes it in the
 * confirmation (or in FAILURE_CONF / CONTROL_FAILURE_CONF), which is how a reply finds its request.
 */
public interface InvokedMessage extends CtiMessage {

    long invokeId();
}
