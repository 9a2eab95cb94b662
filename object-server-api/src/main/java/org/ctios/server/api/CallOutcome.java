package org.ctios.server.api;

import java.util.Optional;
import org.ctios.server.api.view.CallView;

/**
 * What a call request led to.
 *
 * @param callId the call made, or the call the action resulted in
 * @param call   the call as stored now; empty when it has ended (or, unless {@code stored}, is not stored yet)
 * @param stored the CTI Server's events for the request were stored within the wait; when false the request was
 *               confirmed but {@code call} shows the state before its events arrived
 */
public record CallOutcome(long callId, Optional<CallView> call, boolean stored) {
}
