package org.ctios.protocol;

/**
 * A decoded CTI Server message. Implementations are immutable records whose components carry the field names of
 * the CTI Server Message Reference Guide and the values as they travel on the wire: enumerated fields stay numbers
 * (servers add values across protocol versions, and a value this code does not name must survive a decode and a
 * re-encode unchanged); the enums of {@code org.ctios.protocol.types} name them.
 */
public interface CtiMessage {

    /** The message type this record is encoded as. */
    MessageType messageType();
}
