package org.ctios.protocol.codec;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ctios.protocol.CtiMessage;
import org.ctios.protocol.MessageType;

/** The codec of each supported message type, indexed by type number. Built once, shared by every {@link CtiCodec}. */
final class CodecTable {

    private static final int SIZE = 285;
    private static final MessageBodyCodec<?>[] BY_NUMBER = new MessageBodyCodec<?>[SIZE];
    private static final Map<MessageType, MessageBodyCodec<?>> BY_TYPE = new EnumMap<>(MessageType.class);
    private static final Map<Class<?>, Layout<?>> BY_RECORD = new HashMap<>();

    static {
        for (List<Layout<?>> family : List.of(SessionLayouts.ALL, AgentLayouts.ALL, CallEventLayouts.ALL)) {
            for (Layout<?> layout : family) {
                put(layout.type(), layout.complete());
                BY_RECORD.put(layout.recordType(), layout);
            }
        }
        CallDataCodecs.register(CodecTable::put);
        CallControlCodecs.register(CodecTable::put);
        SnapshotCodecs.register(CodecTable::put);
        StatisticsCodecs.register(CodecTable::put);
    }

    private CodecTable() {
    }

    /** Where codec groups register their codecs. */
    interface Registrar {
        <M extends CtiMessage> void put(MessageType type, MessageBodyCodec<M> codec);
    }

    private static <M> void put(MessageType type, MessageBodyCodec<M> codec) {
        if (BY_NUMBER[type.number()] != null) {
            throw new IllegalStateException("two codecs for " + type);
        }
        BY_NUMBER[type.number()] = codec;
        BY_TYPE.put(type, codec);
    }

    static MessageBodyCodec<?> forNumber(int number) {
        return number >= 0 && number < SIZE ? BY_NUMBER[number] : null;
    }

    static Map<MessageType, MessageBodyCodec<?>> all() {
        return Collections.unmodifiableMap(BY_TYPE);
    }

    /** The layout of a message record, or null when the record has none. */
    @SuppressWarnings("unchecked")
    static <M extends CtiMessage> Layout<M> layoutOf(Class<M> recordType) {
        return (Layout<M>) BY_RECORD.get(recordType);
    }
}
