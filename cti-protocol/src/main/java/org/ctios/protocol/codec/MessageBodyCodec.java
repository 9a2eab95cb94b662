package org.ctios.protocol.codec;

import org.ctios.protocol.ProtocolException;

/**
 * Reads and writes the body of one message type: the fixed part in the layout's order, then the floating fields in
 * the order the layout lists them (the order the reference vectors use, so a decoded message re-encodes to the same
 * bytes).
 */
interface MessageBodyCodec<M> {

    M decode(BodyReader in) throws ProtocolException;

    void encode(M message, BodyWriter out) throws ProtocolException;
}
