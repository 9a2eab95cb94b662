package org.ctios.protocol.types;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The protocol's enumerations carry the values of the Message Reference Guide. */
class EnumerationTest {

    static Stream<Class<? extends Enum<?>>> valueEnums() {
        return Stream.of(LocalConnectionState.class, EventCause.class, ConnectionDeviceIdType.class,
                DeviceIdType.class, PeripheralType.class, ControlFailureCode.class, CallType.class, LineType.class,
                SystemEventId.class, AgentWorkMode.class, SupervisoryAction.class, CallPlacementType.class,
                CallMannerType.class, CallOption.class, ConsultType.class, FacilityType.class,
                AnsweringMachine.class, AgentMode.class, AgentAvailabilityStatus.class, SilentMonitorStatus.class,
                SessionType.class, ForcedFlag.class, TypeOfDevice.class, AgentState.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valueEnums")
    void wireValuesAreUniqueAndFindTheirConstant(Class<? extends Enum<?>> type) throws Exception {
        Method wire = type.getMethod("wire");
        Method fromWire = type.getMethod("fromWire", int.class);
        List<Integer> values = Arrays.stream(type.getEnumConstants()).map(constant -> invokeInt(wire, constant))
                .toList();

        assertThat(values).doesNotHaveDuplicates();
        for (Enum<?> constant : type.getEnumConstants()) {
            assertThat(fromWire.invoke(null, invokeInt(wire, constant))).isEqualTo(Optional.of(constant));
        }
        assertThat(fromWire.invoke(null, 0xFFFE)).as("a value the protocol does not define")
                .isEqualTo(Optional.empty());
    }

    private static int invokeInt(Method method, Object target) {
        try {
            return (int) method.invoke(target);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void valuesMatchTheGuide() {
        assertThat(LocalConnectionState.ALERTING.wire()).isEqualTo(2);
        assertThat(LocalConnectionState.NONE.wire()).isEqualTo(0xFFFF);
        assertThat(EventCause.NEW_CALL.wire()).isEqualTo(22);
        assertThat(EventCause.SUPERVISOR_BARGE_IN.wire()).isEqualTo(48);
        assertThat(EventCause.MAX_QUEUE_EXCEEDED.wire()).isEqualTo(62);
        assertThat(EventCause.X_ABAND_LOCAL_QUEUE.wire()).isEqualTo(1002);
        assertThat(EventCause.X_APPL_INVALID_DIALOGUE_ID.wire()).isEqualTo(1046);
        assertThat(EventCause.X_ABAND_NETWORK_CONSULT.wire()).isEqualTo(1057);
        assertThat(DeviceIdType.AGENT_DEVICE.wire()).isEqualTo(76);
        assertThat(PeripheralType.ENTERPRISE_AGENT.wire()).isEqualTo(17);
        assertThat(PeripheralType.fromWire(16)).contains(PeripheralType.SYMPOSIUM);
        assertThat(ControlFailureCode.NO_CALL_TO_ANSWER.wire()).isEqualTo(28);
        assertThat(ControlFailureCode.INVALID_AGENT_ID_SPECIFIED.wire()).isEqualTo(256);
        assertThat(ControlFailureCode.REASON_CODE_REQUIRED.wire()).isEqualTo(281);
        assertThat(ControlFailureCode.AGENT_GREETING_CONTROL_OPERATION_FAILURE.wire()).isEqualTo(1016);
        assertThat(CallType.ACD_IN.wire()).isEqualTo(1);
        assertThat(CallType.RESERVATION_PREVIEW.wire()).isEqualTo(27);
        assertThat(CallType.NON_ACD.wire()).isEqualTo(38);
        assertThat(CallType.VOICE_CALL_BACK.wire()).isEqualTo(41);
        assertThat(SystemEventId.PERIPHERAL_OFFLINE.wire()).isEqualTo(4);
        assertThat(SupervisoryAction.INTERCEPT.wire()).isEqualTo(4);
        assertThat(FailureStatus.INVALID_CLIENT_FOR_STANDBY.code()).isEqualTo(107);
        assertThat(FailureStatus.SERVER_IN_MAINTENANCE_MODE.code()).isEqualTo(110);
    }

    @Test
    void masksMatchTheReferenceVectors() {
        long firstTenStates = 0;
        for (AgentState state : List.of(AgentState.LOGIN, AgentState.LOGOUT, AgentState.NOT_READY,
                AgentState.AVAILABLE, AgentState.TALKING, AgentState.WORK_NOT_READY, AgentState.WORK_READY,
                AgentState.BUSY_OTHER, AgentState.RESERVED, AgentState.HOLD)) {
            firstTenStates |= state.maskBit();
        }
        assertThat(firstTenStates).isEqualTo(0x3FF);
        assertThat(CtiService.mask(CtiService.CLIENT_EVENTS)).isEqualTo(0x1);
        assertThat(CtiService.mask(CtiService.ALL_EVENTS)).isEqualTo(0x10);
        assertThat(CtiService.mask(CtiService.DEBUG)).isEqualTo(0x80000000L);
        assertThat(CtiService.mask(CtiService.AGENT_REPORTING)).isEqualTo(0x400);
        assertThat(CtiService.mask(CtiService.ACD_LINE_ONLY)).isEqualTo(0x400000);
        assertThat(CallEventMask.mask(CallEventMask.BEGIN_CALL, CallEventMask.END_CALL)).isEqualTo(0x6000);
        assertThat(CallVariableMask.mask(CallVariableMask.CALL_VARIABLE_1, CallVariableMask.CALL_VARIABLE_10))
                .isEqualTo(0x0201);
        assertThat(CallVariableMask.mask(CallVariableMask.CALL_VARIABLE_2, CallVariableMask.CALL_VARIABLE_9))
                .isEqualTo(0x0102);
        assertThat(ClassOfDevice.mask(ClassOfDevice.OTHER, ClassOfDevice.VOICE)).isEqualTo(0x0090);
        assertThat(ClassOfDevice.mask(ClassOfDevice.IMAGE, ClassOfDevice.DATA)).isEqualTo(0x0060);
        assertThat(CallEventMask.NETWORK_RECORDING_TARGET_INFO.bit()).isEqualTo(0x80000000L);
        assertThat(PgStatus.PERIPHERAL_OFFLINE.in(0x05)).isTrue();
    }
}
