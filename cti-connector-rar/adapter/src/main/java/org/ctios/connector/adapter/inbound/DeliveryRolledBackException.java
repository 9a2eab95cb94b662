package org.ctios.connector.adapter.inbound;

/** An endpoint returned from a delivery whose transaction then rolled back: the events were not applied. */
final class DeliveryRolledBackException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    DeliveryRolledBackException(String message) {
        super(message);
    }
}
