package org.ctios.protocol.codec;

import java.util.List;
import org.ctios.protocol.MessageType;
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

/** Layouts of the call and device snapshots and of the skill-group and agent statistics queries. */
final class SnapshotLayouts {

    /** SNAPSHOT_CALL_CONF's call devices (tags 56 to 61). */
    private static final Layout<CallDevice> CALL_DEVICE = Layout.entry(CallDevice.class)
            .u32("callConnectionCallId", Tag.CALL_CONNECTION_CALL_ID)
            .u16("callConnectionDeviceIdType", Tag.CALL_CONNECTION_DEVICE_ID_TYPE)
            .string("callConnectionDeviceId", Tag.CALL_CONNECTION_DEVICE_ID, 64)
            .u16("callDeviceType", Tag.CALL_DEVICE_ID_TYPE).string("callDeviceId", Tag.CALL_DEVICE_ID, 64)
            .u16("callDeviceConnectionState", Tag.CALL_DEVICE_CONNECTION_STATE);

    /** SNAPSHOT_DEVICE_CONF's calls (tags 56, 57, 58, 75 and 218). */
    private static final Layout<DeviceCall> DEVICE_CALL = Layout.entry(DeviceCall.class)
            .u32("callConnectionCallId", Tag.CALL_CONNECTION_CALL_ID)
            .u16("callConnectionDeviceIdType", Tag.CALL_CONNECTION_DEVICE_ID_TYPE)
            .string("callConnectionDeviceId", Tag.CALL_CONNECTION_DEVICE_ID, 64)
            .u16("callState", Tag.CALL_STATE).u16("silentMonitorStatus", Tag.SILENT_MONITOR_STATUS);

    static final List<Layout<?>> ALL = List.of(
            Layout.of(MessageType.SNAPSHOT_CALL_REQ, SnapshotCallReq.class)
                    .u32("invokeId").u32("peripheralId").u32("connectionCallId").u16("connectionDeviceIdType")
                    .string("connectionDeviceId", Tag.CONNECTION_DEVICE_ID, 64).required("ConnectionDeviceID"),
            // FltEnabledServices: one field holding the N USHORTs (the guide prints one field of 2 x N bytes).
            Layout.of(MessageType.SNAPSHOT_CALL_CONF, SnapshotCallConf.class)
                    .u32("invokeId").u16("callType").u16("numCtiClients").u16("numCallDevices")
                    .u16("numNamedVariables").u16("numNamedArrays").u16("calledPartyDisposition")
                    .string("ani", Tag.ANI, 40).unspec("userToUserInfo", Tag.USER_TO_USER_INFO, 131)
                    .string("dnis", Tag.DNIS, 32).string("dialedNumber", Tag.DIALED_NUMBER, 40)
                    .string("callerEnteredDigits", Tag.CALLER_ENTERED_DIGITS, 40)
                    .u32("routerCallKeyDay", Tag.ROUTER_CALL_KEY_DAY)
                    .u32("routerCallKeyCallId", Tag.ROUTER_CALL_KEY_CALL_ID).callVariables("callVariables")
                    .string("callWrapupData", Tag.CALL_WRAPUP_DATA, 40).namedVariables("namedVariables")
                    .namedArrays("namedArrays").group("ctiClients", Groups.CTI_CLIENT)
                    .group("callDevices", CALL_DEVICE).unspec("callReferenceId", Tag.CALL_REFERENCE_ID, 32)
                    .u32("cocConnectionCallId", Tag.COC_CONNECTION_CALL_ID)
                    .u16("cocCallConnectionDeviceIdType", Tag.COC_CONNECTION_DEVICE_ID_TYPE)
                    .string("cocCallConnectionDeviceId", Tag.COC_CONNECTION_DEVICE_ID, 64)
                    .string("protocolReferenceGuid", Tag.PROTOCOL_REFERENCE_GUID, 40)
                    .string("ccaiConfigId", Tag.CCAI_CONFIG_ID, 40)
                    .u16("numOfEnabledServices", Tag.NUM_OF_ENABLED_SERVICES)
                    .u16s("fltEnabledServices", Tag.FLT_ENABLED_SERVICES),
            Layout.of(MessageType.SNAPSHOT_DEVICE_REQ, SnapshotDeviceReq.class)
                    .u32("invokeId").u32("peripheralId").u16("snapshotDeviceType")
                    .string("agentInstrument", Tag.AGENT_INSTRUMENT, 64).required("AgentInstrument"),
            Layout.of(MessageType.SNAPSHOT_DEVICE_CONF, SnapshotDeviceConf.class)
                    .u32("invokeId").u16("numCalls")
                    .group("calls", DEVICE_CALL),
            Layout.of(MessageType.QUERY_SKILL_GROUP_STATISTICS_REQ, QuerySkillGroupStatisticsReq.class)
                    .u32("invokeId").u32("peripheralId").u32("skillGroupNumber").u32("skillGroupId"),
            // 4 + 145 UINTs (596 bytes) in the transcribed order of SkillGroupStatistic; not checked against a server.
            Layout.of(MessageType.QUERY_SKILL_GROUP_STATISTICS_CONF, QuerySkillGroupStatisticsConf.class)
                    .u32("invokeId").u32("peripheralId").u32("skillGroupNumber").u32("skillGroupId")
                    .u32s("statistics", SkillGroupStatistic.values().length, SkillGroupStatistics::ofWireOrder,
                            SkillGroupStatistics::toWireOrder),
            Layout.of(MessageType.QUERY_AGENT_STATISTICS_REQ, QueryAgentStatisticsReq.class)
                    .u32("invokeId").u32("peripheralId").string("agentExtension", Tag.AGENT_EXTENSION, 16)
                    .string("agentId", Tag.AGENT_ID, 12).string("agentInstrument", Tag.AGENT_INSTRUMENT, 64),
            // 2 + 42 since login + 42 today UINTs (344 bytes), as the 15.0 table counts them.
            Layout.of(MessageType.QUERY_AGENT_STATISTICS_CONF, QueryAgentStatisticsConf.class)
                    .u32("invokeId").u32("peripheralId")
                    .u32s("statistics", 2 * AgentStatistic.values().length, AgentStatistics::ofWireOrder,
                            AgentStatistics::toWireOrder)
                    .string("agentExtension", Tag.AGENT_EXTENSION, 16).string("agentId", Tag.AGENT_ID, 12)
                    .string("agentInstrument", Tag.AGENT_INSTRUMENT, 64));
}
