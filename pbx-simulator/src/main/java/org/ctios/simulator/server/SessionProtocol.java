package org.ctios.simulator.server;

import org.ctios.protocol.CtiMessage;
import org.ctios.protocol.ProtocolException;

/** What a CTI Server does with the messages of one client session. */
interface SessionProtocol {

    /** A well-formed message arrived. */
    void received(ClientSession session, CtiMessage message);

    /**
     * A frame arrived whole but could not be decoded; the stream is still in step.
     *
     * @param invokeId the frame's first four body bytes, which are the InvokeID of every request, or 0
     */
    void badMessage(ClientSession session, ProtocolException error, long invokeId);

    /** The session ended, for whatever reason. */
    void closed(ClientSession session);
}
