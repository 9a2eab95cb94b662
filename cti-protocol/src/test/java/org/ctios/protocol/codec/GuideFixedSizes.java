package org.ctios.protocol.codec;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.ctios.protocol.MessageType;

/**
 * The size of each supported message's fixed part in protocol version 24, from the guide's layout tables (the fact
 * sheets ged188-layouts.md and, for alternate, reconnect, clear call, deflect, DTMF, recording and bad call,
 * ged188-layouts-more.md).
 */
final class GuideFixedSizes {

    private static final int[][] TYPE_AND_SIZE = {{1, 8}, {2, 4}, {3, 44}, {4, 32}, {5, 4}, {6, 4}, {7, 8}, {8, 4},
        {9, 54}, {10, 50}, {11, 22}, {12, 22}, {13, 20}, {14, 22}, {15, 46}, {16, 24}, {17, 46}, {18, 46}, {19, 32},
        {20, 44}, {21, 40}, {22, 4}, {23, 26}, {24, 16}, {25, 40}, {26, 30}, {27, 4}, {28, 14}, {29, 4}, {30, 62},
        {31, 26}, {32, 6}, {33, 4}, {34, 28}, {35, 10}, {36, 16}, {37, 34}, {38, 21}, {39, 4}, {42, 14}, {43, 4},
        {46, 14}, {47, 4}, {48, 40}, {49, 16}, {50, 36}, {51, 14}, {54, 16}, {55, 4}, {56, 32}, {57, 14}, {62, 14},
        {63, 4}, {64, 40}, {65, 16}, {82, 14}, {83, 16}, {84, 10}, {85, 6}, {114, 16}, {115, 596}, {124, 22},
        {125, 10}, {40, 20}, {41, 4}, {44, 14}, {45, 4}, {52, 16}, {53, 4}, {60, 20}, {61, 4}, {91, 20}, {92, 4},
        {139, 14}, {140, 4}, {147, 34}, {148, 12}, {149, 28}, {150, 4}, {112, 8}, {113, 344},
        {118, 14}, {119, 14}, {120, 14}, {121, 14}, {122, 14}, {123, 14},
        {107, 10}, {108, 4}, {109, 6}, {128, 16}, {133, 8}, {134, 10}, {135, 8}, {136, 8}, {137, 8}, {138, 4}};

    private static final Map<MessageType, Integer> SIZES;

    static {
        Map<MessageType, Integer> sizes = new EnumMap<>(MessageType.class);
        for (int[] row : TYPE_AND_SIZE) {
            sizes.put(MessageType.fromNumber(row[0]), row[1]);
        }
        SIZES = Collections.unmodifiableMap(sizes);
    }

    private GuideFixedSizes() {
    }

    static Map<MessageType, Integer> all() {
        return SIZES;
    }

    /** The fixed part's size of that type number, or -1 when no codec supports it. */
    static int of(int messageType) {
        for (int[] row : TYPE_AND_SIZE) {
            if (row[0] == messageType) {
                return row[1];
            }
        }
        return -1;
    }
}
