package org.ctios.protocol.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ctios.protocol.codec.CallControlLayoutTest.assertLayout;
import static org.ctios.protocol.codec.CallControlLayoutTest.decodeFailure;
import static org.ctios.protocol.codec.CallControlLayoutTest.encodeFailure;
import static org.ctios.protocol.codec.CallControlLayoutTest.roundTrip;

import java.nio.ByteBuffer;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.ctios.protocol.CtiMessage;
import org.ctios.protocol.MessageType;
import org.ctios.protocol.ProtocolException.Reason;
import org.ctios.protocol.message.agent.QueryAgentStateConf;
import org.ctios.protocol.message.agent.QueryAgentStateReq;
import org.ctios.protocol.message.agent.SetAgentStateConf;
import org.ctios.protocol.message.agent.SetAgentStateReq;
import org.ctios.protocol.message.snapshot.CallDevice;
import org.ctios.protocol.message.snapshot.DeviceCall;
import org.ctios.protocol.message.snapshot.SnapshotCallConf;
import org.ctios.protocol.message.snapshot.SnapshotCallReq;
import org.ctios.protocol.message.snapshot.SnapshotDeviceConf;
import org.ctios.protocol.message.snapshot.SnapshotDeviceReq;
import org.ctios.protocol.message.statistics.AgentStatistic;
import org.ctios.protocol.message.statistics.AgentStatistics;
import org.ctios.protocol.message.statistics.QueryAgentStatisticsConf;
import org.ctios.protocol.message.statistics.QueryAgentStatisticsReq;
import org.ctios.protocol.message.statistics.QuerySkillGroupStatisticsConf;
import org.ctios.protocol.message.statistics.QuerySkillGroupStatisticsReq;
import org.ctios.protocol.message.statistics.SkillGroupStatistic;
import org.ctios.protocol.message.statistics.SkillGroupStatistics;
import org.ctios.protocol.types.ByteString;
import org.ctios.protocol.types.CallVariables;
import org.ctios.protocol.types.CtiClientEntry;
import org.ctios.protocol.types.NamedArray;
import org.ctios.protocol.types.NamedVariable;
import org.ctios.protocol.types.SkillGroupEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** agent control, snapshot and statistics messages against the fact sheet. */
class OtherControlLayoutTest {

    private static final long CALL_ID = 16_777_300L;

    static Stream<Arguments> layouts() {
        return Stream.of(
                layout(new QueryAgentStateReq(31, 5000, 1, 5101, "3001", "1001", "3001"),
                        16, "0000001f 00001388 00000001 000013ed", Tag.AGENT_EXTENSION, Tag.AGENT_ID,
                        Tag.AGENT_INSTRUMENT),
                layout(new QueryAgentStateReq(31, 5000, 1, -1, null, "1001", null),
                        16, "0000001f 00001388 00000001 ffffffff", Tag.AGENT_ID),
                layout(new QueryAgentStateConf(32, 3, 2, 1, 0, 1, 1, 5101, 1, -1, "1001", "3001", "3001",
                                List.of(SkillGroupEntry.of(10, 5010, 1, 3), SkillGroupEntry.of(11, 5011, 2, 2)), 3,
                                0L),
                        34, "00000020 0003 0002 00000001 00000000 0001 00000001 000013ed 00000001 ffffffff",
                        Tag.AGENT_ID, Tag.AGENT_EXTENSION, Tag.AGENT_INSTRUMENT, 62, 63, 64, 65, 62, 63, 64, 65,
                        Tag.INTERNAL_AGENT_STATE, Tag.MAX_BEYOND_TASK_LIMIT),
                layout(new QueryAgentStateConf(32, 1, 0, 1, 0, 0, 1, 5101, 0, 100, null, null, null, List.of(),
                                null, null),
                        34, "00000020 0001 0000 00000001 00000000 0000 00000001 000013ed 00000000 00000064"),
                layout(new SetAgentStateReq(33, 5000, 0, 2, 1, 0, 0, 1, "3001", "SEP001122", "1001", "secret",
                                "P1", "S1", 0, List.of(new SkillGroupEntry(10L, null, 1, null))),
                        21, "00000021 00001388 0000 0002 0001 0000 00 00000001",
                        Tag.AGENT_INSTRUMENT, Tag.ACTIVE_TERMINAL, Tag.AGENT_ID, Tag.AGENT_PASSWORD,
                        Tag.POSITION_ID, Tag.SUPERVISOR_ID, Tag.SSO_ENABLED, 62, 64),
                layout(new SetAgentStateReq(33, 5000, 2, 0, 0, 32, 1, 0, "3001", null, null, null, null, null,
                                null, List.of()),
                        21, "00000021 00001388 0002 0000 0000 0020 01 00000000", Tag.AGENT_INSTRUMENT),
                layout(new SetAgentStateConf(34), 4, "00000022"),
                layout(new SnapshotCallReq(41, 5000, CALL_ID, 0, "3001"),
                        14, "00000029 00001388 01000054 0000", Tag.CONNECTION_DEVICE_ID),
                layout(new SnapshotCallConf(42, 1, 1, 2, 1, 1, 0, "0612345678", ByteString.of(new byte[] {1}),
                                "8005550100", "5100", "1234", 150_000L, 123_456L, CallVariables.of("a", "b"), "w",
                                List.of(new NamedVariable("user.case", "1")), List.of(new NamedArray(1, "a", "b")),
                                List.of(new CtiClientEntry("Desk", 1_700_000_000L)),
                                List.of(new CallDevice(CALL_ID, 0, "3001", 76, "3001", 3),
                                        new CallDevice(CALL_ID, 0, "T1", null, "T1", 3)),
                                ByteString.of(new byte[] {2, 3}), CALL_ID + 1, 0, "3001", "a1b2", "ccai-1", 2,
                                List.of(1, 2)),
                        16, "0000002a 0001 0001 0002 0001 0001 0000",
                        8, 9, 10, 11, 12, 72, 73, 13, 14, 46, 82, 83, 23, 24, 56, 57, 58, 59, 60, 61, 56, 57, 58,
                        60, 61, 223, 229, 230, 231, 294, 311, 310, 309),
                layout(new SnapshotCallConf(42, 0xFFFF, 0, 0, 0, 0, 0, null, null, null, null, null, null, null,
                                null, null, List.of(), List.of(), List.of(), List.of(), null, null, null, null,
                                null, null, null, null),
                        16, "0000002a ffff 0000 0000 0000 0000 0000"),
                layout(new SnapshotDeviceReq(43, 5000, 0xFFFF, "3001"), 10, "0000002b 00001388 ffff",
                        Tag.AGENT_INSTRUMENT),
                layout(new SnapshotDeviceConf(44, 2, List.of(new DeviceCall(CALL_ID, 0, "3001", 4, 0),
                                new DeviceCall(CALL_ID + 1, 0, "3001", 3, null))),
                        6, "0000002c 0002", 56, 57, 58, 75, 218, 56, 57, 58, 75),
                layout(new SnapshotDeviceConf(44, 0, List.of()), 6, "0000002c 0000"),
                layout(new QueryAgentStatisticsReq(53, 5000, null, "1001", null), 8, "00000035 00001388",
                        Tag.AGENT_ID),
                layout(new QuerySkillGroupStatisticsReq(51, 5000, 10, 0xFFFF_FFFFL), 16,
                        "00000033 00001388 0000000a ffffffff"));
    }

    private static Arguments layout(CtiMessage message, int fixedBodySize, String fixedPartHex, int... tags) {
        return Arguments.of(message.messageType(), message, fixedBodySize, fixedPartHex, tags);
    }

    @ParameterizedTest(name = "{0} #{index}")
    @MethodSource("layouts")
    void followsTheSheetsLayoutAndRoundTrips(MessageType type, CtiMessage message, int fixedBodySize,
                                             String fixedPartHex, int[] tags) throws Exception {
        assertLayout(roundTrip(message), fixedBodySize, fixedPartHex, tags);
    }

    private static SkillGroupStatistic byGuideName(String name) {
        return Stream.of(SkillGroupStatistic.values()).filter(s -> s.guideName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no statistic " + name));
    }

    @Test
    void aZeroLengthFltEnabledServicesFieldReencodesUnchanged() throws Exception {
        // SNAPSHOT_CALL_CONF fixed part, NumOfEnabledServices 0, then FltEnabledServices sent empty
        byte[] frame = java.util.HexFormat.of().parseHex(
                "0000001a 00000053 0000002a 0001 0000 0000 0000 0000 0000 0136 0002 0000 0135 0000".replace(" ", ""));
        CtiCodec codec = CtiCodec.v24();
        assertThat(codec.encode(codec.decodeFrame(frame, 0, frame.length))).isEqualTo(frame);
    }

    @Test
    void setAgentStateReqNeedsItsInstrumentAndKeepsLimits() {
        assertThat(decodeFailure("00000015 00000026 00000021 00001388 0002 0000 0000 0020 01 00000000").reason())
                .isEqualTo(Reason.MISSING_REQUIRED_FIELD);
        assertThat(encodeFailure(new SetAgentStateReq(33, 5000, 2, 0, 0, 0, 0, 0, "3001", null, "123456789012",
                null, null, null, null, List.of())).reason()).isEqualTo(Reason.VALUE_TOO_LONG);
    }

    @Test
    void setAgentStateReqToStringDoesNotShowThePassword() {
        SetAgentStateReq login = new SetAgentStateReq(33, 5000, 0, 2, 0, 0, 0, 0, "3001", null, "1001",
                "s3cr3t-pw", null, null, null, List.of());
        assertThat(login.toString()).doesNotContain("s3cr3t-pw");
    }

    @Test
    void statisticsSitAtTheSheetsPositionsIn596Bytes() throws Exception {
        // indexes counted from the sheet's list: 22 "now" values, then per period 38 values and a queue triple
        int[] sheetIndexes = {0, 19, 22, 30, 60, 62, 63, 101, 104, 112, 141, 142, 144};
        String[] sheetNames = {"AgentsLoggedOn", "CallsQNow", "AvailTimeTo5", "HandledCallsTo5",
            "CallsQ5", "LongestCallQ5", "AvailTimeToHalf", "CallsQHalf", "AvailTimeToday",
            "HandledCallsToday", "EmergencyCallsToday", "CallsQToday", "LongestCallQToday"};
        assertThat(SkillGroupStatistic.values()).hasSize(145);
        Map<SkillGroupStatistic, Long> values = new EnumMap<>(SkillGroupStatistic.class);
        for (int i = 0; i < sheetIndexes.length; i++) {
            values.put(byGuideName(sheetNames[i]), 1000L + i);
        }
        values.put(byGuideName("LongestCallQToday"), 0xFFFF_FFFFL);
        QuerySkillGroupStatisticsConf conf = new QuerySkillGroupStatisticsConf(52, 5000, 10, 5010,
                SkillGroupStatistics.of(values));

        byte[] frame = roundTrip(conf);

        assertThat(ByteBuffer.wrap(frame).getInt(0)).isEqualTo(596);
        assertThat(frame).hasSize(8 + 596);
        for (int i = 0; i < sheetIndexes.length - 1; i++) {
            assertThat(ByteBuffer.wrap(frame).getInt(8 + 16 + 4 * sheetIndexes[i])).as(sheetNames[i])
                    .isEqualTo(1000 + i);
        }
        assertThat(ByteBuffer.wrap(frame).getInt(8 + 592)).isEqualTo(-1);
        byte[] truncated = java.util.Arrays.copyOf(frame, frame.length - 4);
        ByteBuffer.wrap(truncated).putInt(0, 592);
        assertThatThrownBy(() -> CtiCodec.v24().decodeFrame(truncated, 0, truncated.length))
                .hasMessageContaining("TRUNCATED_FIXED_PART");
    }

    @Test
    void agentStatisticsSitAtTheSheetsOffsetsIn344Bytes() throws Exception {
        // offsets from the first body byte, as the sheet prints them: S1 at 8, S11 at 48, S42 at 172, T1 at 176,
        // T11 at 216, T13 at 224, T42 at 340
        Map<AgentStatistic, Long> sinceLogin = new EnumMap<>(AgentStatistic.class);
        sinceLogin.put(AgentStatistic.AVAIL_TIME, 101L);
        sinceLogin.put(AgentStatistic.HANDLED_CALLS, 111L);
        sinceLogin.put(AgentStatistic.EMERGENCY_CALLS, 142L);
        Map<AgentStatistic, Long> today = new EnumMap<>(AgentStatistic.class);
        today.put(AgentStatistic.AVAIL_TIME, 201L);
        today.put(AgentStatistic.HANDLED_CALLS, 211L);
        today.put(AgentStatistic.HANDLED_CALLS_AFTER_CALL_TIME, 213L);
        today.put(AgentStatistic.EMERGENCY_CALLS, 0xFFFF_FFFFL);
        QueryAgentStatisticsConf conf = new QueryAgentStatisticsConf(54, 5000,
                AgentStatistics.of(sinceLogin, today), "3001", "1001", "3001");

        byte[] frame = roundTrip(conf);

        ByteBuffer body = ByteBuffer.wrap(frame, 8, frame.length - 8).slice();
        assertThat(ByteBuffer.wrap(frame).getInt(0)).isEqualTo(frame.length - 8);
        assertThat(body.getInt(0)).isEqualTo(54);
        assertThat(body.getInt(8)).isEqualTo(101);
        assertThat(body.getInt(48)).isEqualTo(111);
        assertThat(body.getInt(172)).isEqualTo(142);
        assertThat(body.getInt(176)).isEqualTo(201);
        assertThat(body.getInt(216)).isEqualTo(211);
        assertThat(body.getInt(224)).isEqualTo(213);
        assertThat(body.getInt(340)).isEqualTo(-1);
        assertThat(body.getShort(344)).as("first floating tag").isEqualTo((short) Tag.AGENT_EXTENSION);
        assertThat(AgentStatistic.values()).hasSize(42);
        byte[] truncated = java.util.Arrays.copyOf(frame, 8 + 340);
        ByteBuffer.wrap(truncated).putInt(0, 340);
        assertThatThrownBy(() -> CtiCodec.v24().decodeFrame(truncated, 0, truncated.length))
                .hasMessageContaining("TRUNCATED_FIXED_PART");
    }
}
