package org.ctios.simulator.cti;

import org.ctios.protocol.types.DeviceIdType;
import org.ctios.simulator.acd.CallView;
import org.ctios.simulator.acd.ConnectionView;
import org.ctios.simulator.acd.DeviceKind;

/** The DeviceIDType the protocol reports for the switch's devices. */
final class DeviceTypes {

    int of(ConnectionView connection) {
        return of(connection.kind());
    }

    int of(DeviceKind kind) {
        return switch (kind) {
            case AGENT -> agentDevice();
            case EXTERNAL -> external();
            case QUEUE -> queue();
        };
    }

    /** The type of a device named in a call: one of its connections, or an outside number when none matches. */
    int ofDevice(CallView call, String deviceId) {
        if (deviceId == null) {
            return DeviceIdType.NONE.wire();
        }
        return call.connectionOf(deviceId).map(this::of).orElse(external());
    }

    int agentDevice() {
        return DeviceIdType.AGENT_DEVICE.wire();
    }

    int external() {
        return DeviceIdType.EXTERNAL.wire();
    }

    int queue() {
        return DeviceIdType.QUEUE.wire();
    }

    int routePoint() {
        return DeviceIdType.ROUTE_POINT.wire();
    }
}
