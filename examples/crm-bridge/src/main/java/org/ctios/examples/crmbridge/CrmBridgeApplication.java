package org.ctios.examples.crmbridge;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The bridge's REST API, at the application's root: {@code /crm-bridge/pops}, {@code /crm-bridge/agents/...}. */
@ApplicationPath("/")
public class CrmBridgeApplication extends Application {
}
