package org.ctios.protocol.codec;

/**
 * The floating-field tag numbers (2-byte tags, protocol version 20 and later) the layouts read and write, named
 * after the tag table of the Message Reference Guide. A tag no layout declares needs no constant: the decoder skips
 * and counts it whatever its number, and a message that comes to need one adds it here from the guide's table.
 */
public final class Tag {

    public static final int CLIENT_ID = 1;
    public static final int CLIENT_PASSWORD = 2;
    public static final int CLIENT_SIGNATURE = 3;
    public static final int AGENT_EXTENSION = 4;
    public static final int AGENT_ID = 5;
    public static final int AGENT_INSTRUMENT = 6;
    public static final int TEXT = 7;
    public static final int ANI = 8;
    public static final int USER_TO_USER_INFO = 9;
    public static final int DNIS = 10;
    public static final int DIALED_NUMBER = 11;
    public static final int CALLER_ENTERED_DIGITS = 12;
    public static final int CALL_VARIABLE_1 = 13;
    public static final int CALL_VARIABLE_2 = 14;
    public static final int CALL_VARIABLE_3 = 15;
    public static final int CALL_VARIABLE_4 = 16;
    public static final int CALL_VARIABLE_5 = 17;
    public static final int CALL_VARIABLE_6 = 18;
    public static final int CALL_VARIABLE_7 = 19;
    public static final int CALL_VARIABLE_8 = 20;
    public static final int CALL_VARIABLE_9 = 21;
    public static final int CALL_VARIABLE_10 = 22;
    public static final int CTI_CLIENT_SIGNATURE = 23;
    public static final int CTI_CLIENT_TIMESTAMP = 24;
    public static final int CONNECTION_DEVICE_ID = 25;
    public static final int ALERTING_DEVICE_ID = 26;
    public static final int CALLING_DEVICE_ID = 27;
    public static final int CALLED_DEVICE_ID = 28;
    public static final int LAST_REDIRECT_DEVICE_ID = 29;
    public static final int ANSWERING_DEVICE_ID = 30;
    public static final int HOLDING_DEVICE_ID = 31;
    public static final int RETRIEVING_DEVICE_ID = 32;
    public static final int RELEASING_DEVICE_ID = 33;
    public static final int FAILING_DEVICE_ID = 34;
    public static final int PRIMARY_DEVICE_ID = 35;
    public static final int SECONDARY_DEVICE_ID = 36;
    public static final int CONTROLLER_DEVICE_ID = 37;
    public static final int ADDED_PARTY_DEVICE_ID = 38;
    public static final int CONNECTED_PARTY_CALL_ID = 39;
    public static final int CONNECTED_PARTY_DEVICE_ID_TYPE = 40;
    public static final int CONNECTED_PARTY_DEVICE_ID = 41;
    public static final int TRANSFERRING_DEVICE_ID = 42;
    public static final int TRANSFERRED_DEVICE_ID = 43;
    public static final int DIVERTING_DEVICE_ID = 44;
    public static final int QUEUE_DEVICE_ID = 45;
    public static final int CALL_WRAPUP_DATA = 46;
    public static final int NEW_CONNECTION_DEVICE_ID = 47;
    public static final int TRUNK_USED_DEVICE_ID = 48;
    public static final int AGENT_PASSWORD = 49;
    public static final int ACTIVE_CONNECTION_DEVICE_ID = 50;
    public static final int FACILITY_CODE = 51;
    public static final int OTHER_CONNECTION_DEVICE_ID = 52;
    public static final int HELD_CONNECTION_DEVICE_ID = 53;
    public static final int CALL_CONNECTION_CALL_ID = 56;
    public static final int CALL_CONNECTION_DEVICE_ID_TYPE = 57;
    public static final int CALL_CONNECTION_DEVICE_ID = 58;
    public static final int CALL_DEVICE_ID_TYPE = 59;
    public static final int CALL_DEVICE_ID = 60;
    public static final int CALL_DEVICE_CONNECTION_STATE = 61;
    public static final int SKILL_GROUP_NUMBER = 62;
    public static final int SKILL_GROUP_ID = 63;
    public static final int SKILL_GROUP_PRIORITY = 64;
    public static final int SKILL_GROUP_STATE = 65;
    public static final int OBJECT_NAME = 66;
    public static final int DTMF_STRING = 67;
    public static final int POSITION_ID = 68;
    public static final int SUPERVISOR_ID = 69;
    public static final int ROUTER_CALL_KEY_DAY = 72;
    public static final int ROUTER_CALL_KEY_CALL_ID = 73;
    public static final int CALL_STATE = 75;
    public static final int AUTHORIZATION_CODE = 77;
    public static final int ACCOUNT_CODE = 78;
    public static final int CLIENT_ADDRESS = 81;
    public static final int NAMED_VARIABLE = 82;
    public static final int NAMED_ARRAY = 83;
    public static final int CALL_CONTROL_TABLE = 84;
    public static final int SUPERVISOR_INSTRUMENT = 85;
    public static final int ATC_AGENT_ID = 86;
    public static final int AGENT_FLAGS = 87;
    public static final int ATC_AGENT_STATE = 88;
    public static final int ATC_STATE_DURATION = 89;
    public static final int AGENT_CONNECTION_DEVICE_ID = 90;
    public static final int SUPERVISOR_CONNECTION_DEVICE_ID = 91;
    /** LIST_TEAM_ID_TAG: one TeamID of LIST_AGENT_TEAM_CONF. */
    public static final int LIST_TEAM_ID = 92;
    public static final int CUSTOMER_PHONE_NUMBER = 95;
    public static final int CUSTOMER_ACCOUNT_NUMBER = 96;
    public static final int APPLICATION_PATH_ID = 97;
    public static final int ROUTER_CALL_KEY_SEQUENCE_NUMBER = 110;
    public static final int TRUNK_NUMBER = 121;
    public static final int TRUNK_GROUP_NUMBER = 122;
    public static final int NEXT_AGENT_STATE = 123;
    public static final int DURATION = 150;
    public static final int SECONDARY_CONNECTION_CALL_ID = 202;
    public static final int EVENT_DEVICE_ID = 206;
    public static final int FLT_PERIPHERAL_ID = 208;
    public static final int ANI_II = 215;
    public static final int SILENT_MONITOR_STATUS = 218;
    public static final int REQUESTING_DEVICE_ID = 219;
    public static final int REQUESTING_DEVICE_ID_TYPE = 220;
    public static final int CALL_REFERENCE_ID = 223;
    public static final int MULTILINE_AGENT_CONTROL = 224;
    public static final int NUM_PERIPHERALS = 228;
    public static final int COC_CONNECTION_CALL_ID = 229;
    public static final int COC_CONNECTION_DEVICE_ID_TYPE = 230;
    public static final int COC_CONNECTION_DEVICE_ID = 231;
    public static final int CALL_ORIGINATED_FROM = 232;
    public static final int AGENT_TEAM_NAME = 243;
    public static final int DIRECTION = 244;
    public static final int INTERNAL_AGENT_STATE = 255;
    public static final int SSO_ENABLED = 257;
    public static final int MAX_BEYOND_TASK_LIMIT = 266;
    public static final int PROTOCOL_REFERENCE_GUID = 294;
    /** FltTermDeviceName: the ActiveTerminal of SET_AGENT_STATE_REQ and AGENT_STATE_EVENT. */
    public static final int ACTIVE_TERMINAL = 303;
    public static final int FLT_ENABLED_SERVICES = 309;
    public static final int NUM_OF_ENABLED_SERVICES = 310;
    public static final int CCAI_CONFIG_ID = 311;

    private Tag() {
    }
}
