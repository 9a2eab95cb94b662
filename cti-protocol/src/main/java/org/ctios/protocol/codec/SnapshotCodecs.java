package org.ctios.protocol.codec;

import java.util.ArrayList;
import java.util.List;
import org.ctios.protocol.MessageType;
import org.ctios.protocol.ProtocolException;
import org.ctios.protocol.message.snapshot.CallDevice;
import org.ctios.protocol.message.snapshot.DeviceCall;
import org.ctios.protocol.message.snapshot.SnapshotCallConf;
import org.ctios.protocol.message.snapshot.SnapshotCallReq;
import org.ctios.protocol.message.snapshot.SnapshotDeviceConf;
import org.ctios.protocol.message.snapshot.SnapshotDeviceReq;
import org.ctios.protocol.types.ByteString;
import org.ctios.protocol.types.CtiClientEntry;
import org.ctios.protocol.types.NamedArray;
import org.ctios.protocol.types.NamedVariable;

/** Codecs of the call and device snapshots. */
final class SnapshotCodecs {

    private SnapshotCodecs() {
    }

    static void register(CodecTable.Registrar table) {
        table.put(MessageType.SNAPSHOT_CALL_REQ, new SnapshotCallReqCodec());
        table.put(MessageType.SNAPSHOT_CALL_CONF, new SnapshotCallConfCodec());
        table.put(MessageType.SNAPSHOT_DEVICE_REQ, new SnapshotDeviceReqCodec());
        table.put(MessageType.SNAPSHOT_DEVICE_CONF, new SnapshotDeviceConfCodec());
    }

    static final class SnapshotCallReqCodec implements MessageBodyCodec<SnapshotCallReq> {
        @Override
        public SnapshotCallReq decode(BodyReader in) throws ProtocolException {
            long invokeId = in.uint();
            long peripheralId = in.uint();
            long connectionCallId = in.uint();
            int connectionDeviceIdType = in.ushort();
            String connectionDeviceId = null;
            while (in.nextField()) {
                switch (in.tag()) {
                    case Tag.CONNECTION_DEVICE_ID -> connectionDeviceId = in.string(64);
                    default -> in.skipUnknownField();
                }
            }
            return new SnapshotCallReq(
                    invokeId, peripheralId, connectionCallId, connectionDeviceIdType,
                    in.require(connectionDeviceId, "ConnectionDeviceID"));
        }

        @Override
        public void encode(SnapshotCallReq m, BodyWriter out) throws ProtocolException {
            out.uint(m.invokeId());
            out.uint(m.peripheralId());
            out.uint(m.connectionCallId());
            out.ushort(m.connectionDeviceIdType());
            out.requiredString(Tag.CONNECTION_DEVICE_ID, m.connectionDeviceId(), 64, "ConnectionDeviceID");
        }
    }

    static final class SnapshotCallConfCodec implements MessageBodyCodec<SnapshotCallConf> {
        @Override
        public SnapshotCallConf decode(BodyReader in) throws ProtocolException {
            long invokeId = in.uint();
            int callType = in.ushort();
            int numCtiClients = in.ushort();
            int numCallDevices = in.ushort();
            int numNamedVariables = in.ushort();
            int numNamedArrays = in.ushort();
            int calledPartyDisposition = in.ushort();
            String ani = null;
            ByteString userToUserInfo = null;
            String dnis = null;
            String dialedNumber = null;
            String callerEnteredDigits = null;
            Long routerCallKeyDay = null;
            Long routerCallKeyCallId = null;
            String[] callVariables = CommonFields.callVariableSlots();
            String callWrapupData = null;
            List<NamedVariable> namedVariables = new ArrayList<>();
            List<NamedArray> namedArrays = new ArrayList<>();
            RepeatedGroup<CtiClientEntry> ctiClients = CommonFields.ctiClientGroup();
            RepeatedGroup<CallDevice> callDevices = callDeviceGroup();
            ByteString callReferenceId = null;
            Long cocConnectionCallId = null;
            Integer cocCallConnectionDeviceIdType = null;
            String cocCallConnectionDeviceId = null;
            String protocolReferenceGuid = null;
            String ccaiConfigId = null;
            Integer numOfEnabledServices = null;
            List<Integer> fltEnabledServices = null;
            while (in.nextField()) {
                switch (in.tag()) {
                    case Tag.ANI -> ani = in.string(40);
                    case Tag.USER_TO_USER_INFO -> userToUserInfo = in.byteString(131);
                    case Tag.DNIS -> dnis = in.string(32);
                    case Tag.DIALED_NUMBER -> dialedNumber = in.string(40);
                    case Tag.CALLER_ENTERED_DIGITS -> callerEnteredDigits = in.string(40);
                    case Tag.ROUTER_CALL_KEY_DAY -> routerCallKeyDay = in.uintField();
                    case Tag.ROUTER_CALL_KEY_CALL_ID -> routerCallKeyCallId = in.uintField();
                    case Tag.CALL_WRAPUP_DATA -> callWrapupData = in.string(40);
                    case Tag.NAMED_VARIABLE -> namedVariables.add(in.namedVariable());
                    case Tag.NAMED_ARRAY -> namedArrays.add(in.namedArray());
                    case Tag.CALL_REFERENCE_ID -> callReferenceId = in.byteString(32);
                    case Tag.COC_CONNECTION_CALL_ID -> cocConnectionCallId = in.uintField();
                    case Tag.COC_CONNECTION_DEVICE_ID_TYPE -> cocCallConnectionDeviceIdType = in.ushortField();
                    case Tag.COC_CONNECTION_DEVICE_ID -> cocCallConnectionDeviceId = in.string(64);
                    case Tag.PROTOCOL_REFERENCE_GUID -> protocolReferenceGuid = in.string(40);
                    case Tag.CCAI_CONFIG_ID -> ccaiConfigId = in.string(40);
                    case Tag.NUM_OF_ENABLED_SERVICES -> numOfEnabledServices = in.ushortField();
                    case Tag.FLT_ENABLED_SERVICES -> fltEnabledServices = ushorts(in.ushortArrayField());
                    default -> {
                        if (!CommonFields.readCallVariable(in, callVariables)
                                && !CommonFields.readCtiClient(in, ctiClients)
                                && !readCallDevice(in, callDevices)) {
                            in.skipUnknownField();
                        }
                    }
                }
            }
            return new SnapshotCallConf(
                    invokeId, callType, numCtiClients, numCallDevices, numNamedVariables, numNamedArrays,
                    calledPartyDisposition, ani, userToUserInfo, dnis, dialedNumber, callerEnteredDigits,
                    routerCallKeyDay, routerCallKeyCallId, CommonFields.callVariables(callVariables), callWrapupData,
                    namedVariables, namedArrays, ctiClients.entries(), callDevices.entries(), callReferenceId,
                    cocConnectionCallId, cocCallConnectionDeviceIdType, cocCallConnectionDeviceId,
                    protocolReferenceGuid, ccaiConfigId, numOfEnabledServices, fltEnabledServices);
        }

        @Override
        public void encode(SnapshotCallConf m, BodyWriter out) throws ProtocolException {
            out.uint(m.invokeId());
            out.ushort(m.callType());
            out.ushort(m.numCtiClients());
            out.ushort(m.numCallDevices());
            out.ushort(m.numNamedVariables());
            out.ushort(m.numNamedArrays());
            out.ushort(m.calledPartyDisposition());
            out.string(Tag.ANI, m.ani(), 40);
            out.byteString(Tag.USER_TO_USER_INFO, m.userToUserInfo(), 131);
            out.string(Tag.DNIS, m.dnis(), 32);
            out.string(Tag.DIALED_NUMBER, m.dialedNumber(), 40);
            out.string(Tag.CALLER_ENTERED_DIGITS, m.callerEnteredDigits(), 40);
            out.uintField(Tag.ROUTER_CALL_KEY_DAY, m.routerCallKeyDay());
            out.uintField(Tag.ROUTER_CALL_KEY_CALL_ID, m.routerCallKeyCallId());
            out.callVariables(m.callVariables());
            out.string(Tag.CALL_WRAPUP_DATA, m.callWrapupData(), 40);
            out.namedVariables(m.namedVariables());
            out.namedArrays(m.namedArrays());
            CommonFields.writeCtiClients(m.ctiClients(), out);
            writeCallDevices(m.callDevices(), out);
            out.byteString(Tag.CALL_REFERENCE_ID, m.callReferenceId(), 32);
            out.uintField(Tag.COC_CONNECTION_CALL_ID, m.cocConnectionCallId());
            out.ushortField(Tag.COC_CONNECTION_DEVICE_ID_TYPE, m.cocCallConnectionDeviceIdType());
            out.string(Tag.COC_CONNECTION_DEVICE_ID, m.cocCallConnectionDeviceId(), 64);
            out.string(Tag.PROTOCOL_REFERENCE_GUID, m.protocolReferenceGuid(), 40);
            out.string(Tag.CCAI_CONFIG_ID, m.ccaiConfigId(), 40);
            out.ushortField(Tag.NUM_OF_ENABLED_SERVICES, m.numOfEnabledServices());
            out.ushortListField(Tag.FLT_ENABLED_SERVICES, m.fltEnabledServices());
        }
    }

    static final class SnapshotDeviceReqCodec implements MessageBodyCodec<SnapshotDeviceReq> {
        @Override
        public SnapshotDeviceReq decode(BodyReader in) throws ProtocolException {
            long invokeId = in.uint();
            long peripheralId = in.uint();
            int snapshotDeviceType = in.ushort();
            String agentInstrument = null;
            while (in.nextField()) {
                switch (in.tag()) {
                    case Tag.AGENT_INSTRUMENT -> agentInstrument = in.string(64);
                    default -> in.skipUnknownField();
                }
            }
            return new SnapshotDeviceReq(
                    invokeId, peripheralId, snapshotDeviceType, in.require(agentInstrument, "AgentInstrument"));
        }

        @Override
        public void encode(SnapshotDeviceReq m, BodyWriter out) throws ProtocolException {
            out.uint(m.invokeId());
            out.uint(m.peripheralId());
            out.ushort(m.snapshotDeviceType());
            out.requiredString(Tag.AGENT_INSTRUMENT, m.agentInstrument(), 64, "AgentInstrument");
        }
    }

    static final class SnapshotDeviceConfCodec implements MessageBodyCodec<SnapshotDeviceConf> {
        @Override
        public SnapshotDeviceConf decode(BodyReader in) throws ProtocolException {
            long invokeId = in.uint();
            int numCalls = in.ushort();
            RepeatedGroup<DeviceCall> calls = deviceCallGroup();
            while (in.nextField()) {
                if (!readDeviceCall(in, calls)) {
                    in.skipUnknownField();
                }
            }
            return new SnapshotDeviceConf(invokeId, numCalls, calls.entries());
        }

        @Override
        public void encode(SnapshotDeviceConf m, BodyWriter out) throws ProtocolException {
            out.uint(m.invokeId());
            out.ushort(m.numCalls());
            writeDeviceCalls(m.calls(), out);
        }
    }

    /** Collects SNAPSHOT_CALL_CONF's call devices (tags 56 to 61). */
    private static RepeatedGroup<CallDevice> callDeviceGroup() {
        return new RepeatedGroup<>(6, m -> new CallDevice((Long) m[0], (Integer) m[1], (String) m[2], (Integer) m[3],
                (String) m[4], (Integer) m[5]));
    }

    private static boolean readCallDevice(BodyReader in, RepeatedGroup<CallDevice> group) throws ProtocolException {
        switch (in.tag()) {
            case Tag.CALL_CONNECTION_CALL_ID -> group.put(0, in.uintField());
            case Tag.CALL_CONNECTION_DEVICE_ID_TYPE -> group.put(1, in.ushortField());
            case Tag.CALL_CONNECTION_DEVICE_ID -> group.put(2, in.string(64));
            case Tag.CALL_DEVICE_ID_TYPE -> group.put(3, in.ushortField());
            case Tag.CALL_DEVICE_ID -> group.put(4, in.string(64));
            case Tag.CALL_DEVICE_CONNECTION_STATE -> group.put(5, in.ushortField());
            default -> {
                return false;
            }
        }
        return true;
    }

    private static void writeCallDevices(List<CallDevice> devices, BodyWriter out) throws ProtocolException {
        for (CallDevice device : devices) {
            out.uintField(Tag.CALL_CONNECTION_CALL_ID, device.callConnectionCallId());
            out.ushortField(Tag.CALL_CONNECTION_DEVICE_ID_TYPE, device.callConnectionDeviceIdType());
            out.string(Tag.CALL_CONNECTION_DEVICE_ID, device.callConnectionDeviceId(), 64);
            out.ushortField(Tag.CALL_DEVICE_ID_TYPE, device.callDeviceType());
            out.string(Tag.CALL_DEVICE_ID, device.callDeviceId(), 64);
            out.ushortField(Tag.CALL_DEVICE_CONNECTION_STATE, device.callDeviceConnectionState());
        }
    }

    /** Collects SNAPSHOT_DEVICE_CONF's calls (tags 56, 57, 58, 75 and 218). */
    private static RepeatedGroup<DeviceCall> deviceCallGroup() {
        return new RepeatedGroup<>(5, m -> new DeviceCall((Long) m[0], (Integer) m[1], (String) m[2], (Integer) m[3],
                (Integer) m[4]));
    }

    private static boolean readDeviceCall(BodyReader in, RepeatedGroup<DeviceCall> group) throws ProtocolException {
        switch (in.tag()) {
            case Tag.CALL_CONNECTION_CALL_ID -> group.put(0, in.uintField());
            case Tag.CALL_CONNECTION_DEVICE_ID_TYPE -> group.put(1, in.ushortField());
            case Tag.CALL_CONNECTION_DEVICE_ID -> group.put(2, in.string(64));
            case Tag.CALL_STATE -> group.put(3, in.ushortField());
            case Tag.SILENT_MONITOR_STATUS -> group.put(4, in.ushortField());
            default -> {
                return false;
            }
        }
        return true;
    }

    private static void writeDeviceCalls(List<DeviceCall> calls, BodyWriter out) throws ProtocolException {
        for (DeviceCall call : calls) {
            out.uintField(Tag.CALL_CONNECTION_CALL_ID, call.callConnectionCallId());
            out.ushortField(Tag.CALL_CONNECTION_DEVICE_ID_TYPE, call.callConnectionDeviceIdType());
            out.string(Tag.CALL_CONNECTION_DEVICE_ID, call.callConnectionDeviceId(), 64);
            out.ushortField(Tag.CALL_STATE, call.callState());
            out.ushortField(Tag.SILENT_MONITOR_STATUS, call.silentMonitorStatus());
        }
    }

    private static List<Integer> ushorts(int[] values) {
        return java.util.Arrays.stream(values).boxed().toList();
    }
}
