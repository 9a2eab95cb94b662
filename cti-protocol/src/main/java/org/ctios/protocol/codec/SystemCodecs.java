package org.ctios.protocol.codec;

import org.ctios.protocol.MessageType;
import org.ctios.protocol.ProtocolException;
import org.ctios.protocol.message.system.SystemEvent;

/** Codecs of the system messages. */
final class SystemCodecs {

    private SystemCodecs() {
    }

    static void register(CodecTable.Registrar table) {
        table.put(MessageType.SYSTEM_EVENT, new SystemEventCodec());
    }

    static final class SystemEventCodec implements MessageBodyCodec<SystemEvent> {
        @Override
        public SystemEvent decode(BodyReader in) throws ProtocolException {
            long pgStatus = in.uint();
            long controllerTime = in.uint();
            long eventId = in.uint();
            long arg1 = in.uint();
            long arg2 = in.uint();
            long arg3 = in.uint();
            int eventDeviceType = in.ushort();
            String text = null;
            String eventDeviceId = null;
            while (in.nextField()) {
                switch (in.tag()) {
                    case Tag.TEXT -> text = in.string(255);
                    case Tag.EVENT_DEVICE_ID -> eventDeviceId = in.string(64);
                    default -> in.skipUnknownField();
                }
            }
            return new SystemEvent(pgStatus, controllerTime, eventId, arg1, arg2, arg3, eventDeviceType, text,
                    eventDeviceId);
        }

        @Override
        public void encode(SystemEvent m, BodyWriter out) throws ProtocolException {
            out.uint(m.pgStatus());
            out.uint(m.icmCentralControllerTime());
            out.uint(m.systemEventId());
            out.uint(m.systemEventArg1());
            out.uint(m.systemEventArg2());
            out.uint(m.systemEventArg3());
            out.ushort(m.eventDeviceType());
            out.string(Tag.TEXT, m.text(), 255);
            out.string(Tag.EVENT_DEVICE_ID, m.eventDeviceId(), 64);
        }
    }
}
