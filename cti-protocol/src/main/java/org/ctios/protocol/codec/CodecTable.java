package org.ctios.protocol.codec;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ctios.protocol.CtiMessage;
import org.ctios.protocol.MessageType;

/** The layout of each supported message type, by type number and by record. Built once, shared by every codec. */
final class CodecTable {

    private static final int SIZE = 285;
    private static final Layout<?>[] BY_NUMBER = new Layout<?>[SIZE];
    private static final Map<MessageType, Layout<?>> BY_TYPE = new EnumMap<>(MessageType.class);
    private static final Map<Class<?>, Layout<?>> BY_RECORD = new HashMap<>();

    static {
        for (List<Layout<?>> family : List.of(SessionLayouts.ALL, AgentLayouts.ALL, CallEventLayouts.ALL,
                CallControlLayouts.ALL, CallDataLayouts.ALL, SnapshotLayouts.ALL, AssistLayouts.ALL,
                MessagingLayouts.ALL, TeamLayouts.ALL)) {
            for (Layout<?> layout : family) {
                if (BY_NUMBER[layout.type().number()] != null) {
                    throw new IllegalStateException("two layouts for " + layout.type());
                }
                BY_NUMBER[layout.type().number()] = layout.complete();
                BY_TYPE.put(layout.type(), layout);
                BY_RECORD.put(layout.recordType(), layout);
            }
        }
    }

    static Layout<?> forNumber(int number) {
        return number >= 0 && number < SIZE ? BY_NUMBER[number] : null;
    }

    static Map<MessageType, Layout<?>> all() {
        return Collections.unmodifiableMap(BY_TYPE);
    }

    /** The layout of a message record, or null when the record has none. */
    @SuppressWarnings("unchecked")
    static <M extends CtiMessage> Layout<M> layoutOf(Class<M> recordType) {
        return (Layout<M>) BY_RECORD.get(recordType);
    }
}
