package org.ctios.protocol.codec;

import java.util.function.LongFunction;
import org.ctios.protocol.InvokedMessage;
import org.ctios.protocol.ProtocolException;

/** Codec of the many confirmations and requests whose whole body is one InvokeID. */
final class InvokeIdOnlyCodec<M extends InvokedMessage> implements MessageBodyCodec<M> {

    private final LongFunction<M> create;

    InvokeIdOnlyCodec(LongFunction<M> create) {
        this.create = create;
    }

    @Override
    public M decode(BodyReader in) throws ProtocolException {
        M message = create.apply(in.uint());
        while (in.nextField()) {
            in.skipUnknownField();
        }
        return message;
    }

    @Override
    public void encode(M message, BodyWriter out) throws ProtocolException {
        out.uint(message.invokeId());
    }
}
