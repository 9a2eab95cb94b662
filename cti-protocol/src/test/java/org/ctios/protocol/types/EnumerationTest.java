package org.ctios.protocol.types;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The protocol's enumerations carry the values of the fact sheet (ged188-layouts.md, "Enumerations", "Other enums
 * used by the listed messages", "Device capability masks") and of the scalar/bitmask unit vectors.
 */
class EnumerationTest {

    static Stream<Class<? extends Enum<?>>> valueEnums() {
        return Stream.of(LocalConnectionState.class, EventCause.class, ConnectionDeviceIdType.class,
                DeviceIdType.class, PeripheralType.class, ControlFailureCode.class, CallType.class, LineType.class,
                SystemEventId.class, AgentWorkMode.class, SupervisoryAction.class, CallPlacementType.class,
                CallMannerType.class, CallOption.class, ConsultType.class, FacilityType.class,
                AnsweringMachine.class, AgentMode.class, AgentAvailabilityStatus.class, SilentMonitorStatus.class,
                SessionType.class, ForcedFlag.class, TypeOfDevice.class, AgentState.class);
    }

    static Stream<Class<? extends Enum<?>>> maskEnums() {
        return Stream.of(CtiService.class, PgStatus.class, CallEventMask.class, CallVariableMask.class,
                CallControlMask.class, TransferConferenceSetupMask.class, OtherFeatureMask.class,
                ClassOfDevice.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valueEnums")
    void wireValuesAreUniqueAndFindTheirConstant(Class<? extends Enum<?>> type) throws Exception {
        Method wire = type.getMethod("wire");
        Method fromWire = type.getMethod("fromWire", int.class);
        List<Integer> values = Arrays.stream(type.getEnumConstants()).map(constant -> (int) invoke(wire, constant))
                .toList();

        assertThat(values).doesNotHaveDuplicates();
        for (Enum<?> constant : type.getEnumConstants()) {
            assertThat(fromWire.invoke(null, invoke(wire, constant))).isEqualTo(Optional.of(constant));
        }
        // Values no table defines, including ones outside the USHORT range a caller might pass by mistake.
        for (int undefined : new int[] {0xFFFE, 0x1_0000, -1, Integer.MIN_VALUE, Integer.MAX_VALUE}) {
            assertThat(fromWire.invoke(null, undefined)).as("fromWire(%d)", undefined).isEqualTo(Optional.empty());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("maskEnums")
    void maskBitsAreSingleDistinctBitsThatCombine(Class<? extends Enum<?>> type) throws Exception {
        Method bit = type.getMethod("bit");
        Method in = type.getMethod("in", long.class);
        Method mask = type.getMethod("mask", type.arrayType());
        Enum<?>[] constants = type.getEnumConstants();
        List<Long> bits = Arrays.stream(constants).map(constant -> (long) invoke(bit, constant)).toList();

        assertThat(bits).doesNotHaveDuplicates()
                .allSatisfy(value -> assertThat(Long.bitCount(value)).as("bits in 0x%x", value).isEqualTo(1))
                .allSatisfy(value -> assertThat(value).as("fits a UINT").isLessThanOrEqualTo(0xFFFF_FFFFL));
        Object all = Array.newInstance(type, constants.length);
        for (int i = 0; i < constants.length; i++) {
            Array.set(all, i, constants[i]);
        }
        long combined = (long) mask.invoke(null, all);
        assertThat(combined).isEqualTo(bits.stream().reduce(0L, (a, b) -> a | b));
        for (Enum<?> constant : constants) {
            long own = (long) invoke(bit, constant);
            assertThat(in.invoke(constant, combined)).isEqualTo(true);
            assertThat(in.invoke(constant, combined & ~own)).as("%s without its bit", constant).isEqualTo(false);
        }
    }

    private static Object invoke(Method method, Object target) {
        try {
            return method.invoke(target);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void callEventEnumerationsMatchTheSheet() {
        assertThat(LocalConnectionState.NULL.wire()).isZero();
        assertThat(LocalConnectionState.ALERTING.wire()).isEqualTo(2);
        assertThat(LocalConnectionState.FAIL.wire()).isEqualTo(6);
        assertThat(LocalConnectionState.NONE.wire()).isEqualTo(0xFFFF);

        assertThat(EventCause.NONE.wire()).isEqualTo(0xFFFF);
        assertThat(EventCause.ACTIVE_MONITOR.wire()).isEqualTo(1);
        assertThat(EventCause.BUSY.wire()).isEqualTo(3);
        assertThat(EventCause.NEW_CALL.wire()).isEqualTo(22);
        assertThat(EventCause.SUPERVISOR_BARGE_IN.wire()).isEqualTo(48);
        assertThat(EventCause.MAX_QUEUE_EXCEEDED.wire()).isEqualTo(62);
        assertThat(EventCause.X_ABAND_NETWORK.wire()).isEqualTo(1001);
        assertThat(EventCause.X_ABAND_LOCAL_QUEUE.wire()).isEqualTo(1002);
        assertThat(EventCause.X_BUSY.wire()).as("the extended twin of BUSY").isEqualTo(1008);
        assertThat(EventCause.X_APPL_INVALID_DIALOGUE_ID.wire()).as("the guide prints 1056").isEqualTo(1046);
        assertThat(EventCause.X_NETWORK_CONFERENCE.wire()).isEqualTo(1056);
        assertThat(EventCause.X_ABAND_NETWORK_CONSULT.wire()).isEqualTo(1057);
        assertThat(EventCause.values()).hasSize(1 + 62 + 57);
        assertThat(EventCause.fromWire(0)).as("version 20 only").isEmpty();
        assertThat(EventCause.fromWire(63)).isEmpty();
        assertThat(EventCause.fromWire(1000)).isEmpty();
        assertThat(EventCause.fromWire(1058)).isEmpty();

        assertThat(ConnectionDeviceIdType.NONE.wire()).isEqualTo(0xFFFF);
        assertThat(ConnectionDeviceIdType.STATIC.wire()).isZero();
        assertThat(ConnectionDeviceIdType.DYNAMIC.wire()).isEqualTo(1);

        assertThat(DeviceIdType.NONE.wire()).isEqualTo(0xFFFF);
        assertThat(DeviceIdType.DEVICE_IDENTIFIER.wire()).isZero();
        assertThat(DeviceIdType.TRUNK_IDENTIFIER.wire()).isEqualTo(70);
        assertThat(DeviceIdType.AGENT_DEVICE.wire()).isEqualTo(76);
        assertThat(DeviceIdType.SHARED_DEVICE_IDENTIFIER.wire()).isEqualTo(79);
        assertThat(DeviceIdType.fromWire(1)).isEmpty();
        assertThat(DeviceIdType.fromWire(69)).isEmpty();

        assertThat(LineType.INBOUND_ACD.wire()).isZero();
        assertThat(LineType.SILENT_MONITOR.wire()).isEqualTo(9);
        assertThat(LineType.NON_ACD_OUT.wire()).isEqualTo(11);

        assertThat(SilentMonitorStatus.NONE.wire()).isZero();
        assertThat(SilentMonitorStatus.TARGET.wire()).isEqualTo(2);
    }

    @Test
    void callTypesFollowTheSheetsDecisionOn27() {
        assertThat(CallType.NONE.wire()).isEqualTo(0xFFFF);
        assertThat(CallType.ACD_IN.wire()).isEqualTo(1);
        assertThat(CallType.TASK_ROUTED_BY_APPLICATION.wire()).isEqualTo(26);
        assertThat(CallType.fromWire(27)).contains(CallType.RESERVATION_PREVIEW);
        assertThat(CallType.NON_ACD.wire()).isEqualTo(38);
        assertThat(CallType.VOICE_CALL_BACK.wire()).isEqualTo(41);
        assertThat(CallType.fromWire(0)).as("version 20 only").isEmpty();
        assertThat(CallType.fromWire(42)).isEmpty();
    }

    @Test
    void controlEnumerationsMatchTheSheet() {
        assertThat(ControlFailureCode.GENERIC_UNSPECIFIED.wire()).isZero();
        assertThat(ControlFailureCode.SECURITY_VIOLATION.wire()).isEqualTo(19);
        assertThat(ControlFailureCode.NO_CALL_TO_ANSWER.wire()).isEqualTo(28);
        assertThat(ControlFailureCode.REQUESTS_ON_DEVICE_EXCEEDED_REJECTION.wire()).isEqualTo(79);
        assertThat(ControlFailureCode.INVALID_AGENT_ID_SPECIFIED.wire()).isEqualTo(256);
        assertThat(ControlFailureCode.REASON_CODE_REQUIRED.wire()).isEqualTo(281);
        assertThat(ControlFailureCode.EXTENSION_NOT_UNIQUE.wire()).isEqualTo(293);
        assertThat(ControlFailureCode.UNKNOWN_INTERFACE_CTRLR_ID.wire()).isEqualTo(1001);
        assertThat(ControlFailureCode.AGENT_GREETING_CONTROL_OPERATION_FAILURE.wire()).isEqualTo(1016);
        assertThat(ControlFailureCode.values()).hasSize(111);
        for (int gap : new int[] {20, 30, 39, 45, 60, 80, 255, 294, 1000, 1017}) {
            assertThat(ControlFailureCode.fromWire(gap)).as("gap %d", gap).isEmpty();
        }

        assertThat(SupervisoryAction.CLEAR.wire()).isZero();
        assertThat(SupervisoryAction.BARGE_IN.wire()).isEqualTo(3);
        assertThat(SupervisoryAction.INTERCEPT.wire()).isEqualTo(4);
        assertThat(CallPlacementType.UNSPECIFIED.wire()).isZero();
        assertThat(CallPlacementType.SUPERVISOR_ASSIST.wire()).isEqualTo(6);
        assertThat(CallMannerType.UNSPECIFIED.wire()).isZero();
        assertThat(CallMannerType.RESERVED.wire()).isEqualTo(4);
        assertThat(CallOption.UNSPECIFIED.wire()).isZero();
        assertThat(CallOption.SERVICE_CIRCUIT_ON.wire()).isEqualTo(6);
        assertThat(ConsultType.UNSPECIFIED.wire()).isZero();
        assertThat(ConsultType.CONFERENCE.wire()).isEqualTo(2);
        assertThat(FacilityType.TRUNK_GROUP.wire()).isEqualTo(1);
        assertThat(FacilityType.SKILL_GROUP.wire()).isEqualTo(2);
        assertThat(AnsweringMachine.UNSPECIFIED.wire()).isZero();
        assertThat(AnsweringMachine.NONE.wire()).isEqualTo(3);
        assertThat(AnsweringMachine.CONNECT_NO_MODEM.wire()).isEqualTo(5);
    }

    @Test
    void sessionAndAgentEnumerationsMatchTheSheet() {
        assertThat(PeripheralType.NONE.wire()).isEqualTo(0xFFFF);
        assertThat(PeripheralType.fromWire(1)).as("removed in version 25").contains(PeripheralType.ASPECT);
        assertThat(PeripheralType.fromWire(16)).as("removed in version 25").contains(PeripheralType.SYMPOSIUM);
        assertThat(PeripheralType.ENTERPRISE_AGENT.wire()).isEqualTo(17);
        assertThat(PeripheralType.fromWire(23)).as("removed in version 25").contains(PeripheralType.SIMPLIFIED_IPCC);
        assertThat(PeripheralType.ACMI_EXPERT_ADVISOR.wire()).isEqualTo(26);
        assertThat(PeripheralType.fromWire(27)).as("reserved").isEmpty();

        assertThat(AgentState.LOGOUT.wire()).isEqualTo(1);
        assertThat(AgentState.fromWire(13)).contains(AgentState.INTERRUPTED);
        assertThat(AgentState.NOT_ACTIVE.wire()).isEqualTo(14);
        assertThat(AgentState.fromWire(15)).as("15..0xffff are invalid").isEmpty();
        assertThat(AgentWorkMode.UNSPECIFIED.wire()).isZero();
        assertThat(AgentWorkMode.RA_NAILED_CONNECTION.wire()).isEqualTo(4);
        assertThat(AgentMode.NOT_ROUTABLE.wire()).isZero();
        assertThat(AgentMode.ROUTABLE.wire()).isEqualTo(1);
        assertThat(AgentAvailabilityStatus.NOT_AVAILABLE.wire()).isZero();
        assertThat(AgentAvailabilityStatus.APPLICATION_AVAILABLE.wire()).isEqualTo(2);
        assertThat(ForcedFlag.AGENT_AUTHENTICATION_ONLY.wire()).isEqualTo(2);

        assertThat(SessionType.UNKNOWN.wire()).isZero();
        assertThat(SessionType.ACTIVE.wire()).isEqualTo(1);
        assertThat(SessionType.STANDBY.wire()).isEqualTo(2);
        assertThat(SystemEventId.CENTRAL_CONTROLLER_ONLINE.wire()).isEqualTo(1);
        assertThat(SystemEventId.PERIPHERAL_OFFLINE.wire()).isEqualTo(4);
        assertThat(SystemEventId.INSTRUMENT_BACK_IN_SERVICE.wire()).isEqualTo(11);

        assertThat(FailureStatus.NO_ERROR.code()).isZero();
        assertThat(FailureStatus.INVALID_MESSAGE_LENGTH.code()).isEqualTo(2);
        assertThat(FailureStatus.INVALID_REQUEST_TYPE.code()).isEqualTo(98);
        assertThat(FailureStatus.INVALID_CLIENT_FOR_STANDBY.code()).isEqualTo(107);
        assertThat(FailureStatus.SERVER_IN_MAINTENANCE_MODE.code()).isEqualTo(110);
        assertThat(FailureStatus.fromCode(99)).as("99 to 106 are not listed").isEmpty();
        assertThat(FailureStatus.fromCode(106)).isEmpty();
        assertThat(FailureStatus.describe(110)).isEqualTo("E_CTI_SERVER_IN_MAINTENANCE_MODE");
        assertThat(FailureStatus.describe(4_000_000_000L)).isEqualTo("status 4000000000");
    }

    @Test
    void deviceCapabilitiesMatchTheSheet() {
        assertThat(TypeOfDevice.STATION.wire()).isZero();
        assertThat(TypeOfDevice.OPERATOR.wire()).isEqualTo(5);
        assertThat(TypeOfDevice.STATION_GROUP.wire()).isEqualTo(16);
        assertThat(TypeOfDevice.CTI_PORT_SIP.wire()).isEqualTo(23);
        assertThat(TypeOfDevice.OTHER.wire()).isEqualTo(255);
        assertThat(TypeOfDevice.fromWire(6)).isEmpty();

        assertThat(CallControlMask.QUERY_AGENT_STATE.bit()).isEqualTo(0x1);
        assertThat(CallControlMask.QUERY_DEVICE_INFO.bit()).isEqualTo(0x8000);
        assertThat(CallControlMask.SEND_DTMF_SIGNAL.bit()).isEqualTo(0x40000);
        assertThat(TransferConferenceSetupMask.CONF_SETUP_CONSULT_SPECIFIC.bit()).isEqualTo(0x1);
        assertThat(TransferConferenceSetupMask.TRANS_SETUP_ANY_SINGLE_CALL.bit()).isEqualTo(0x80);
        assertThat(OtherFeatureMask.POST_ROUTE.bit()).isEqualTo(0x1);
        assertThat(OtherFeatureMask.UNIQUE_CONSULT_CALLID.bit()).isEqualTo(0x2);
        assertThat(PgStatus.OPC_DOWN.bit()).isEqualTo(0x1);
        assertThat(PgStatus.LIMITED_FUNCTION.bit()).isEqualTo(0x10);
        assertThat(PgStatus.PERIPHERAL_OFFLINE.in(0x05)).isTrue();
        assertThat(PgStatus.CC_DOWN.in(0x05)).isFalse();
    }

    /** The "scalar/bitmask unit vectors" at the end of ged188-pv20-vectors.txt, both ways. */
    @Test
    void masksMatchTheUnitVectors() {
        long firstTenStates = 0;
        for (AgentState state : List.of(AgentState.LOGIN, AgentState.LOGOUT, AgentState.NOT_READY,
                AgentState.AVAILABLE, AgentState.TALKING, AgentState.WORK_NOT_READY, AgentState.WORK_READY,
                AgentState.BUSY_OTHER, AgentState.RESERVED, AgentState.HOLD)) {
            firstTenStates |= state.maskBit();
        }
        assertThat(firstTenStates).isEqualTo(0x3FF);
        assertThat(AgentState.TALKING.maskBit()).isEqualTo(0x10);
        assertThat(AgentState.HOLD.maskBit()).isEqualTo(0x200);
        assertThat(AgentState.allStatesMask()).isEqualTo(0x3FFF);

        assertThat(CtiService.mask(CtiService.CLIENT_EVENTS)).isEqualTo(0x1);
        assertThat(CtiService.mask(CtiService.ALL_EVENTS)).isEqualTo(0x10);
        assertThat(CtiService.mask(CtiService.DEBUG)).isEqualTo(0x80000000L);
        assertThat(CtiService.mask(CtiService.AGENT_REPORTING)).isEqualTo(0x400);
        assertThat(CtiService.mask(CtiService.ACD_LINE_ONLY)).isEqualTo(0x400000);
        assertThat(CtiService.mask(CtiService.CLIENT_EVENTS, CtiService.ALL_EVENTS, CtiService.DEBUG,
                CtiService.AGENT_REPORTING, CtiService.ACD_LINE_ONLY)).isEqualTo(0x80400411L);
        assertThat(CtiService.ACTIVE_STANDBY.bit()).isEqualTo(0x02000000);
        assertThat(CtiService.DEVICE_STATE_CONTROL.bit()).isEqualTo(0x8000);

        assertThat(CallEventMask.mask(CallEventMask.BEGIN_CALL, CallEventMask.END_CALL)).isEqualTo(0x6000);
        assertThat(bitsOf(CallEventMask.values(), 0x6000, CallEventMask::in))
                .containsExactly(CallEventMask.BEGIN_CALL, CallEventMask.END_CALL);
        assertThat(CallEventMask.DELIVERED.bit()).isEqualTo(0x1);
        assertThat(CallEventMask.NETWORK_RECORDING_TARGET_INFO.bit()).isEqualTo(0x80000000L);
        assertThat(CallEventMask.mask(CallEventMask.values())).as("32 bits, the high one included")
                .isEqualTo(0xFFFF_FFFFL);

        assertThat(CallVariableMask.mask(CallVariableMask.CALL_VARIABLE_1, CallVariableMask.CALL_VARIABLE_10))
                .isEqualTo(0x0201);
        assertThat(bitsOf(CallVariableMask.values(), 0x0102, CallVariableMask::in))
                .containsExactly(CallVariableMask.CALL_VARIABLE_2, CallVariableMask.CALL_VARIABLE_9);
        assertThat(CallVariableMask.mask(CallVariableMask.values())).as("a USHORT").isEqualTo(0x03FF);

        assertThat(ClassOfDevice.mask(ClassOfDevice.OTHER, ClassOfDevice.VOICE)).isEqualTo(0x0090);
        assertThat(bitsOf(ClassOfDevice.values(), 0x0060, ClassOfDevice::in))
                .containsExactly(ClassOfDevice.IMAGE, ClassOfDevice.DATA);
    }

    private static <E> List<E> bitsOf(E[] constants, long mask, BiPredicate<E, Long> test) {
        return Arrays.stream(constants).filter(constant -> test.test(constant, mask)).toList();
    }
}
