package org.ctios.connector.adapter.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.ctios.connector.adapter.config.Setting;
import org.ctios.connector.adapter.config.SettingSource;
import org.ctios.connector.adapter.config.ValueFormat;
import org.ctios.connector.adapter.inbound.DeliverySettings;
import org.ctios.connector.adapter.link.LinkSettings;

/**
 * Everything the connector needs, checked once: the link's settings, the delivery's, and its own. {@link #SETTINGS}
 * lists every setting the resource adapter has, each described once where its value is kept.
 *
 * @param link            the CTI Server link
 * @param delivery        the delivery of events to message endpoints
 * @param agentIds        agents to read when resynchronising, besides those the events and the application name
 * @param holdLinkOnStart open the link when the connector starts; false in a cluster, where the instance elected
 *                        to hold it asks ({@link CtiConnector#holdLink(long)})
 */
public record ConnectorSettings(LinkSettings link, DeliverySettings delivery, Set<String> agentIds,
                                boolean holdLinkOnStart) {

    public static final Setting<Set<String>> AGENT_IDS = new Setting<>("agentIds", "ctios.cti.agent-ids", "",
            ValueFormat.agentIds(), "Agents to read when resynchronising after a (re)connection, besides those the "
            + "events and the application name.");
    public static final Setting<Boolean> CLUSTERED = new Setting<>("clustered", "ctios.cluster.enabled", "false",
            ValueFormat.bool(), "`true` in a cluster of servers: the link stays on standby (`LinkStatus.standby`) "
            + "until the application elects this server and calls `CtiConnection.holdLink()`, so that one server of "
            + "the cluster holds it.");

    /** Every setting of the connector, in the order the documentation lists them. */
    public static final List<Setting<?>> SETTINGS = all();

    public ConnectorSettings {
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(delivery, "delivery");
        agentIds = Set.copyOf(agentIds);
    }

    /**
     * The connector's settings as the source gives them.
     *
     * @throws org.ctios.connector.adapter.config.InvalidSettingException naming the first setting that is wrong
     */
    public static ConnectorSettings read(SettingSource source) {
        return new ConnectorSettings(LinkSettings.read(source), DeliverySettings.read(source),
                AGENT_IDS.read(source), !CLUSTERED.read(source));
    }

    private static List<Setting<?>> all() {
        List<Setting<?>> all = new ArrayList<>(LinkSettings.SETTINGS);
        all.add(AGENT_IDS);
        all.addAll(DeliverySettings.SETTINGS);
        all.add(CLUSTERED);
        return List.copyOf(all);
    }
}
