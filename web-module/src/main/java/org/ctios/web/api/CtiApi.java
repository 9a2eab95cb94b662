package org.ctios.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API of CTI OS, under {@code /cti/api}. */
@ApplicationPath("api")
public class CtiApi extends Application {
}
