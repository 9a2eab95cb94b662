package org.ctios.connector.api;

/**
 * The message listener interface of the CTI connector: a message-driven bean implementing it receives the events of
 * the CTI Server link, one call per event. Events about the same agent or call arrive in the order the CTI Server
 * sent them. Throwing from {@link #onCtiEvent(CtiEvent)} rolls back the delivery's transaction; the adapter then
 * retries the event.
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
