package org.ctios.connector.api;

import org.ctios.connector.api.event.CtiEvent;

/**
 * The message listener interface of the CTI connector: a message-driven bean implementing it receives the events of
 * the CTI Server link, one call per event, in the delivery's transaction. Events about the same agent or call arrive
 * in the order the CTI Server sent them. Throwing from {@link #onCtiEvent(CtiEvent)} rolls the delivery back; the
 * adapter retries a few times, then records the event as a dead letter.
 *
 * <pre>{@code
 * @MessageDriven(activationConfig = @ActivationConfigProperty(propertyName = "resourceAdapter",
 *         propertyValue = "cti-connector"))
 * public class MyListener implements CtiEventListener {
 *     public void onCtiEvent(CtiEvent event) { ... }
 * }
 * }</pre>
 */
public interface CtiEventListener {

    void onCtiEvent(CtiEvent event);
}
