package org.ctios.protocol.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ctios.protocol.codec.CallControlLayoutTest.assertLayout;
import static org.ctios.protocol.codec.CallControlLayoutTest.decodeFailure;
import static org.ctios.protocol.codec.CallControlLayoutTest.roundTrip;

import java.util.HexFormat;
import java.util.List;
import org.ctios.protocol.CtiMessage;
import org.ctios.protocol.MessageType;
import org.ctios.protocol.ProtocolException;
import org.ctios.protocol.ProtocolException.Reason;
import org.ctios.protocol.message.team.AgentTeamConfigEvent;
import org.ctios.protocol.message.team.ListAgentTeamConf;
import org.ctios.protocol.message.team.ListAgentTeamReq;
import org.ctios.protocol.message.team.MonitorAgentTeamStartConf;
import org.ctios.protocol.message.team.MonitorAgentTeamStartReq;
import org.ctios.protocol.message.team.MonitorAgentTeamStopConf;
import org.ctios.protocol.message.team.MonitorAgentTeamStopReq;
import org.ctios.protocol.types.AgentFlags;
import org.ctios.protocol.types.ConfigOperation;
import org.ctios.protocol.types.TeamId;
import org.ctios.protocol.types.TeamMember;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The agent-team messages (ged188-layouts-more.md, section 7) byte for byte at the sheet's offsets, written from the
 * sheet rather than from the layouts. The sheets give no reference vector for them.
 */
class TeamLayoutTest {

    @Test
    void aTeamConfigurationListsEachMemberAsAGroupOfFour() throws Exception {
        AgentTeamConfigEvent event = new AgentTeamConfigEvent(5000, 2, 2, ConfigOperation.RESTORE_PERMANENT.wire(),
                -1, "Team 2", List.of(TeamMember.of("1003", AgentFlags.REGULAR_AGENT, 3, 42),
                TeamMember.of("9002", AgentFlags.PRIMARY_SUPERVISOR, 2, 0)));

        byte[] frame = roundTrip(event);

        assertLayout(frame, 16, "00001388 00000002 0002 0000 ffffffff", Tag.AGENT_TEAM_NAME,
                Tag.ATC_AGENT_ID, Tag.AGENT_FLAGS, Tag.ATC_AGENT_STATE, Tag.ATC_STATE_DURATION,
                Tag.ATC_AGENT_ID, Tag.AGENT_FLAGS, Tag.ATC_AGENT_STATE, Tag.ATC_STATE_DURATION);
        AgentTeamConfigEvent decoded = (AgentTeamConfigEvent) CtiCodec.v24().decodeFrame(frame, 0, frame.length);
        assertThat(decoded.members()).extracting(TeamMember::supervisor).containsExactly(false, true);
    }

    @Test
    void aTeamListCarriesItsTeamIdsAndWhetherMoreFollow() throws Exception {
        byte[] frame = roundTrip(new ListAgentTeamConf(9, 2, 1, 0, List.of(new TeamId(1L), new TeamId(2L))));

        assertLayout(frame, 10, "00000009 0002 0001 0000", Tag.LIST_TEAM_ID, Tag.LIST_TEAM_ID);
    }

    @Test
    void theRequestsAndConfirmationsAreTheirFixedParts() throws Exception {
        assertFixed(new ListAgentTeamReq(7, 9001), MessageType.LIST_AGENT_TEAM_REQ, "00000007 00002329");
        assertFixed(new MonitorAgentTeamStartReq(7, 2), MessageType.MONITOR_AGENT_TEAM_START_REQ,
                "00000007 00000002");
        assertFixed(new MonitorAgentTeamStartConf(7, 300), MessageType.MONITOR_AGENT_TEAM_START_CONF,
                "00000007 0000012c");
        assertFixed(new MonitorAgentTeamStopReq(8, 300), MessageType.MONITOR_AGENT_TEAM_STOP_REQ,
                "00000008 0000012c");
        assertFixed(new MonitorAgentTeamStopConf(8), MessageType.MONITOR_AGENT_TEAM_STOP_CONF, "00000008");
    }

    @Test
    void aTeamNameOfMoreThanThirtyOneCharactersIsRefused() {
        ProtocolException error = decodeFailure(HexFormat.of().formatHex(RawFrame.ofType(128).uint(5000).uint(2)
                .ushort(0).ushort(0).uint(0).string(Tag.AGENT_TEAM_NAME, "n".repeat(32)).toBytes()));

        assertThat(error.reason()).isEqualTo(Reason.VALUE_TOO_LONG);
    }

    /** One byte short of each fixed part is a typed refusal; the stream goes on. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(value = MessageType.class, names = {"AGENT_TEAM_CONFIG_EVENT", "LIST_AGENT_TEAM_REQ",
            "LIST_AGENT_TEAM_CONF", "MONITOR_AGENT_TEAM_START_REQ", "MONITOR_AGENT_TEAM_START_CONF",
            "MONITOR_AGENT_TEAM_STOP_REQ", "MONITOR_AGENT_TEAM_STOP_CONF"})
    void aFixedPartOneByteShortIsTruncated(MessageType type) {
        int size = GuideFixedSizes.of(type.number());

        ProtocolException error = decodeFailure(HexFormat.of().formatHex(RawFrame.ofType(type.number())
                .zeros(size - 1).toBytes()));

        assertThat(error.reason()).isEqualTo(Reason.TRUNCATED_FIXED_PART);
        assertThat(error.reason().breaksFraming()).isFalse();
    }

    @Test
    void theTeamConfigurationRequestHasNoLayout() {
        ProtocolException error = decodeFailure(HexFormat.of().formatHex(RawFrame.ofType(126).uint(7).toBytes()));

        assertThat(error.reason()).isEqualTo(Reason.UNKNOWN_MESSAGE_TYPE);
    }

    @Test
    void everyConfigOperationHasItsGuideNumber() {
        assertThat(ConfigOperation.fromWire(0)).contains(ConfigOperation.RESTORE_PERMANENT);
        assertThat(ConfigOperation.fromWire(1)).contains(ConfigOperation.ADD_AGENT);
        assertThat(ConfigOperation.fromWire(2)).contains(ConfigOperation.REMOVE_AGENT);
        assertThat(ConfigOperation.fromWire(3)).isEmpty();
    }

    private static void assertFixed(CtiMessage message, MessageType type, String fixedHex) throws Exception {
        byte[] frame = roundTrip(message);
        assertLayout(frame, GuideFixedSizes.of(type.number()), fixedHex);
        assertThat(message.messageType()).isEqualTo(type);
    }
}
