package org.ctios.server.application;

import org.ctios.connector.api.event.CallBegun;
import org.ctios.connector.api.event.CallCleared;
import org.ctios.connector.api.event.CallConferenced;
import org.ctios.connector.api.event.CallDataUpdated;
import org.ctios.connector.api.event.CallDelivered;
import org.ctios.connector.api.event.CallDiverted;
import org.ctios.connector.api.event.CallEstablished;
import org.ctios.connector.api.event.CallEvent;
import org.ctios.connector.api.event.CallFailed;
import org.ctios.connector.api.event.CallHeld;
import org.ctios.connector.api.event.CallOriginated;
import org.ctios.connector.api.event.CallQueued;
import org.ctios.connector.api.event.CallRetrieved;
import org.ctios.connector.api.event.CallSnapshot;
import org.ctios.connector.api.event.CallTransferred;
import org.ctios.connector.api.event.ConnectionCleared;

/** What a call's timeline says of each event: the device it happened at, and a short human-readable detail. */
final class TimelineDetails {

    private TimelineDetails() {
    }

    static String device(CallEvent event) {
        if (event instanceof CallBegun e) {
            return e.device();
        } else if (event instanceof CallQueued e) {
            return e.queueDevice();
        } else if (event instanceof CallDelivered e) {
            return e.alertingDevice();
        } else if (event instanceof CallOriginated e) {
            return e.device();
        } else if (event instanceof CallEstablished e) {
            return e.answeringDevice();
        } else if (event instanceof CallHeld e) {
            return e.device();
        } else if (event instanceof CallRetrieved e) {
            return e.device();
        } else if (event instanceof ConnectionCleared e) {
            return e.device();
        } else if (event instanceof CallTransferred e) {
            return e.transferringDevice();
        } else if (event instanceof CallConferenced e) {
            return e.controllerDevice();
        } else if (event instanceof CallFailed e) {
            return e.failingDevice();
        } else if (event instanceof CallDiverted e) {
            return e.divertingDevice();
        }
        return null;
    }

    static String detail(CallEvent event) {
        if (event instanceof CallBegun e) {
            return "ANI " + e.data().ani() + ", DNIS " + e.data().dnis();
        } else if (event instanceof CallQueued e) {
            return "skill groups " + e.skillGroupNumbers() + ", " + e.queueLength() + " queued";
        } else if (event instanceof CallDelivered e) {
            return "from " + e.callingDevice() + (e.skillGroupNumber() == null ? ""
                    : ", skill group " + e.skillGroupNumber());
        } else if (event instanceof CallOriginated e) {
            return "to " + e.calledDevice();
        } else if (event instanceof CallTransferred e) {
            return "to " + e.transferredDevice() + (e.secondaryCallId() < 0 ? " (single step)"
                    : ", consultation call " + e.secondaryCallId());
        } else if (event instanceof CallConferenced e) {
            return "added " + e.addedPartyDevice() + ", parties " + e.parties();
        } else if (event instanceof CallCleared e) {
            return "cause " + e.eventCause();
        } else if (event instanceof ConnectionCleared e) {
            return "cause " + e.eventCause();
        } else if (event instanceof CallFailed e) {
            return "cause " + e.eventCause();
        } else if (event instanceof CallDataUpdated e) {
            return "call variables " + e.data().callVariables();
        } else if (event instanceof CallSnapshot e) {
            return "reconciled from a snapshot: parties " + e.parties();
        }
        return null;
    }
}
