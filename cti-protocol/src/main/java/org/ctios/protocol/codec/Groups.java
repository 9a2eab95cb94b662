package org.ctios.protocol.codec;

import org.ctios.protocol.types.ConnectedParty;
import org.ctios.protocol.types.CtiClientEntry;
import org.ctios.protocol.types.SkillGroupEntry;

/** The layouts of the repeated groups several messages share. Maximum sizes are the guide's, NUL included. */
final class Groups {

    /** SkillGroupNumber / ID / Priority / State (tags 62 to 65). */
    static final Layout<SkillGroupEntry> SKILL_GROUP = Layout.entry(SkillGroupEntry.class)
            .u32("skillGroupNumber", Tag.SKILL_GROUP_NUMBER).u32("skillGroupId", Tag.SKILL_GROUP_ID)
            .u16("skillGroupPriority", Tag.SKILL_GROUP_PRIORITY).u16("skillGroupState", Tag.SKILL_GROUP_STATE);

    /** ConnectedPartyCallID / DeviceIDType / DeviceID (tags 39 to 41). */
    static final Layout<ConnectedParty> CONNECTED_PARTY = Layout.entry(ConnectedParty.class)
            .u32("connectedPartyCallId", Tag.CONNECTED_PARTY_CALL_ID)
            .u16("connectedPartyDeviceIdType", Tag.CONNECTED_PARTY_DEVICE_ID_TYPE)
            .string("connectedPartyDeviceId", Tag.CONNECTED_PARTY_DEVICE_ID, 64);

    /** CTIClientSignature / CTIClientTimestamp (tags 23 and 24). */
    static final Layout<CtiClientEntry> CTI_CLIENT = Layout.entry(CtiClientEntry.class)
            .string("ctiClientSignature", Tag.CTI_CLIENT_SIGNATURE, 64)
            .u32("ctiClientTimestamp", Tag.CTI_CLIENT_TIMESTAMP);
}
