package org.ctios.web.api.system;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code GET /system/warnings}: what every signed-in user should know about how the server runs; empty normally. */
@Schema(description = "The server's warnings, empty when it runs as in production")
public record ServerWarningsRepresentation(List<ServerWarning> warnings) {

    public ServerWarningsRepresentation {
        warnings = List.copyOf(warnings);
    }
}
