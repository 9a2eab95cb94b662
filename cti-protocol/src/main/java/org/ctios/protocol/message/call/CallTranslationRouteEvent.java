package org.ctios.protocol.message.call;

import java.util.List;
import org.ctios.protocol.CtiMessage;
import org.ctios.protocol.MessageType;
import org.ctios.protocol.types.ByteString;
import org.ctios.protocol.types.CallVariables;
import org.ctios.protocol.types.NamedArray;
import org.ctios.protocol.types.NamedVariable;

/**
 * CALL_TRANSLATION_ROUTE_EVENT (22): A call arrived at a translation route with its call data. The guide gives only
 * the fixed part; the floating fields (call data, router call key, call variables, ECC) are taken from the
 * reference sample.
 *
 * <p>The fixed part's count fields (numNamedVariables, numNamedArrays) are kept as sent; the lists hold what the
 * floating part carried.
 */
public record CallTranslationRouteEvent(int numNamedVariables, int numNamedArrays, String ani,
                                        ByteString userToUserInfo, String dnis, String dialedNumber,
                                        String callerEnteredDigits, Long routerCallKeyDay, Long routerCallKeyCallId,
                                        Long routerCallKeySequenceNumber, CallVariables callVariables,
                                        List<NamedVariable> namedVariables, List<NamedArray> namedArrays)
        implements CtiMessage {

    public CallTranslationRouteEvent {
        callVariables = callVariables == null ? CallVariables.none() : callVariables;
        namedVariables = List.copyOf(namedVariables);
        namedArrays = List.copyOf(namedArrays);
    }

    @Override
    public MessageType messageType() {
        return MessageType.CALL_TRANSLATION_ROUTE_EVENT;
    }
}
