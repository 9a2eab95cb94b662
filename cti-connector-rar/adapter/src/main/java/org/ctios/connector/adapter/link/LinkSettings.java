package org.ctios.connector.adapter.link;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.ctios.connector.adapter.config.Setting;
import org.ctios.connector.adapter.config.SettingSource;
import org.ctios.connector.adapter.config.ValueFormat;
import org.ctios.connector.adapter.tls.TlsSettings;

/**
 * What the link needs to know, checked once; each setting it is read from is described here, once.
 *
 * @param sides             side A then side B (or one side only); the link alternates between them
 * @param serviceMask       the CTI services asked for in OPEN_REQ (ALL_EVENTS with CLIENT_CONTROL by default)
 * @param heartbeatInterval time between two HEARTBEAT_REQs; three unanswered in a row mean the link is lost
 * @param openTimeout       longest wait for the TCP connection and for OPEN_CONF
 * @param backoff           delays between connection attempts after the first retry on the other side
 * @param requestTimeout    longest wait for the confirmation of a request
 * @param peripheralId      the agent peripheral requests name
 * @param resyncWindow      snapshot requests sent ahead of their answers when resynchronising
 * @param resyncTimeout     longest a resynchronisation may take before it is reported incomplete
 * @param tls               whether and how the link is secured with TLS
 */
public record LinkSettings(List<SideAddress> sides, String clientId, String clientPassword, long serviceMask,
                           Duration heartbeatInterval, Duration openTimeout, Backoff backoff,
                           Duration requestTimeout, long peripheralId, int resyncWindow, Duration resyncTimeout,
                           TlsSettings tls) {

    private static final String HOST = "a host name or address";
    private static final String PORT_MEANING = "TCP port of CTI Server side ";

    public static final Setting<String> SIDE_A_HOST = new Setting<>("sideAHost", "ctios.cti.side-a.host",
            "127.0.0.1", ValueFormat.requiredText(HOST), "Host of CTI Server side A.");
    public static final Setting<Integer> SIDE_A_PORT = new Setting<>("sideAPort", "ctios.cti.side-a.port", "42027",
            ValueFormat.integer(1, 65535), PORT_MEANING + "A.");
    public static final Setting<String> SIDE_B_HOST = new Setting<>("sideBHost", "ctios.cti.side-b.host",
            "127.0.0.1", ValueFormat.optionalText(HOST + ", or empty"),
            "Host of CTI Server side B; empty for a simplex CTI Server (side A only).");
    public static final Setting<Integer> SIDE_B_PORT = new Setting<>("sideBPort", "ctios.cti.side-b.port", "43027",
            ValueFormat.integer(1, 65535), PORT_MEANING + "B.");
    public static final Setting<String> CLIENT_ID = new Setting<>("clientId", "ctios.cti.client-id", "ctios",
            ValueFormat.requiredText("text, not empty"), "ClientID sent in OPEN_REQ.");
    public static final Setting<String> CLIENT_PASSWORD = new Setting<>("clientPassword",
            "ctios.cti.client-password", "", ValueFormat.anyText(), "ClientPassword sent in OPEN_REQ (may be empty).");
    public static final Setting<Long> SERVICE_MASK = new Setting<>("serviceMask", "ctios.cti.service-mask",
            "ALL_EVENTS,CLIENT_CONTROL,CALL_DATA_UPDATE", ValueFormat.serviceMask(),
            "CTI services asked for in OPEN_REQ. ALL_EVENTS is monitor mode: every agent and call.");
    public static final Setting<Duration> HEARTBEAT_INTERVAL = new Setting<>("heartbeatInterval",
            "ctios.cti.heartbeat-interval", "5s", ValueFormat.duration(),
            "Time between heartbeats; three unanswered in a row mean the link is lost.");
    public static final Setting<Duration> OPEN_TIMEOUT = new Setting<>("openTimeout", "ctios.cti.open-timeout",
            "10s", ValueFormat.duration(),
            "Longest wait for the TCP connection, for each step of the TLS handshake and for OPEN_CONF.");
    public static final Setting<Duration> RECONNECT_INITIAL_DELAY = new Setting<>("reconnectInitialDelay",
            "ctios.cti.reconnect.initial-delay", "1s", ValueFormat.duration(),
            "Delay before the first retry once both sides failed; doubles with each further retry.");
    public static final Setting<Duration> RECONNECT_MAX_DELAY = new Setting<>("reconnectMaxDelay",
            "ctios.cti.reconnect.max-delay", "30s", ValueFormat.duration(),
            "Longest delay between two connection attempts; not below `reconnectInitialDelay`.");
    public static final Setting<Double> RECONNECT_JITTER = new Setting<>("reconnectJitter",
            "ctios.cti.reconnect.jitter", "0.2", ValueFormat.fraction(),
            "Spread of each reconnect delay, as a fraction (0.2 = plus or minus 20 %).");
    public static final Setting<Duration> REQUEST_TIMEOUT = new Setting<>("requestTimeout",
            "ctios.cti.request-timeout", "5s", ValueFormat.duration(), "Longest wait for the confirmation of a "
            + "control request, including the wait for an earlier request on the same call or agent.");
    public static final Setting<Long> PERIPHERAL_ID = new Setting<>("peripheralId", "ctios.cti.peripheral-id",
            "5000", ValueFormat.unsignedInt(),
            "PeripheralID of the agent peripheral (ACD) that control requests name.");
    public static final Setting<Integer> RESYNC_WINDOW = new Setting<>("resyncWindow", "ctios.cti.resync.window",
            "32", ValueFormat.integer(1, 1000), "Snapshot requests in flight at once while resynchronising.");
    public static final Setting<Duration> RESYNC_TIMEOUT = new Setting<>("resyncTimeout",
            "ctios.cti.resync.timeout", "2m", ValueFormat.duration(),
            "Longest a resynchronisation may take before it is reported incomplete.");

    /** The settings of the link, in the order the documentation lists them: TLS's last. */
    public static final List<Setting<?>> SETTINGS = all();

    /** The protocol's floor for the IdleTimeout a client asks for. */
    private static final long MIN_IDLE_TIMEOUT_SECONDS = 20;

    public LinkSettings {
        sides = List.copyOf(sides);
        if (sides.isEmpty()) {
            throw new IllegalArgumentException("at least one CTI Server side is needed");
        }
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientPassword, "clientPassword");
        Objects.requireNonNull(backoff, "backoff");
        Objects.requireNonNull(tls, "tls");
        requirePositive(heartbeatInterval, "heartbeatInterval");
        requirePositive(openTimeout, "openTimeout");
        requirePositive(requestTimeout, "requestTimeout");
        requirePositive(resyncTimeout, "resyncTimeout");
        if (resyncWindow < 1) {
            throw new IllegalArgumentException("resyncWindow must be at least 1, was " + resyncWindow);
        }
    }

    /**
     * The link's settings as the source gives them. An empty side B host means a simplex CTI Server: side B's port
     * is then not read.
     *
     * @throws org.ctios.connector.adapter.config.InvalidSettingException naming the first setting that is wrong
     */
    public static LinkSettings read(SettingSource source) {
        List<SideAddress> sides = new ArrayList<>();
        sides.add(new SideAddress("A", SIDE_A_HOST.read(source), SIDE_A_PORT.read(source)));
        String sideBHost = SIDE_B_HOST.read(source);
        if (!sideBHost.isEmpty()) {
            sides.add(new SideAddress("B", sideBHost, SIDE_B_PORT.read(source)));
        }
        Duration initialDelay = RECONNECT_INITIAL_DELAY.read(source);
        Duration maxDelay = RECONNECT_MAX_DELAY.read(source);
        if (maxDelay.compareTo(initialDelay) < 0) {
            throw RECONNECT_MAX_DELAY.invalid(source.text(RECONNECT_MAX_DELAY),
                    "not below " + RECONNECT_INITIAL_DELAY.property() + ", " + source.text(RECONNECT_INITIAL_DELAY));
        }
        return new LinkSettings(sides, CLIENT_ID.read(source), CLIENT_PASSWORD.read(source),
                SERVICE_MASK.read(source), HEARTBEAT_INTERVAL.read(source), OPEN_TIMEOUT.read(source),
                new Backoff(initialDelay, maxDelay, RECONNECT_JITTER.read(source)), REQUEST_TIMEOUT.read(source),
                PERIPHERAL_ID.read(source), RESYNC_WINDOW.read(source), RESYNC_TIMEOUT.read(source),
                TlsSettings.read(source));
    }

    private static List<Setting<?>> all() {
        List<Setting<?>> all = new ArrayList<>(List.of(SIDE_A_HOST, SIDE_A_PORT, SIDE_B_HOST, SIDE_B_PORT, CLIENT_ID,
                CLIENT_PASSWORD, SERVICE_MASK, HEARTBEAT_INTERVAL, OPEN_TIMEOUT, RECONNECT_INITIAL_DELAY,
                RECONNECT_MAX_DELAY, RECONNECT_JITTER, REQUEST_TIMEOUT, PERIPHERAL_ID, RESYNC_WINDOW, RESYNC_TIMEOUT));
        all.addAll(TlsSettings.SETTINGS);
        return List.copyOf(all);
    }

    private static void requirePositive(Duration duration, String name) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + duration);
        }
    }

    /**
     * The IdleTimeout to ask for in OPEN_REQ: four heartbeat intervals, so the server drops us only after we have
     * missed more heartbeats than it takes us to notice a dead link ourselves; never below the protocol's 20 s.
     */
    public long idleTimeoutSeconds() {
        return Math.max(MIN_IDLE_TIMEOUT_SECONDS, 4 * heartbeatInterval.toSeconds());
    }
}
