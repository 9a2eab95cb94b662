package org.ctios.protocol.codec;

import java.util.List;
import org.ctios.protocol.MessageType;
import org.ctios.protocol.message.messaging.UserMessageConf;
import org.ctios.protocol.message.messaging.UserMessageEvent;
import org.ctios.protocol.message.messaging.UserMessageReq;

/** Layouts of the user messages between CTI Server clients (ged188-layouts-more.md, section 6). */
final class MessagingLayouts {

    static final List<Layout<?>> ALL = List.of(
            Layout.of(MessageType.USER_MESSAGE_REQ, UserMessageReq.class)
                    .u32("invokeId").u32("peripheralId").u16("distribution")
                    .string("clientId", Tag.CLIENT_ID, 64).string("agentExtension", Tag.AGENT_EXTENSION, 16)
                    .string("agentId", Tag.AGENT_ID, 12).string("agentInstrument", Tag.AGENT_INSTRUMENT, 64)
                    .string("text", Tag.TEXT, 255).required("Text"),
            Layout.invokeIdOnly(MessageType.USER_MESSAGE_CONF, UserMessageConf.class),
            Layout.of(MessageType.USER_MESSAGE_EVENT, UserMessageEvent.class)
                    .u32("icmCentralControllerTime").u16("distribution")
                    .string("clientId", Tag.CLIENT_ID, 64).required("ClientID")
                    .string("text", Tag.TEXT, 255).required("Text"));
}
