package org.ctios.web.api.reasoncodes;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The reason codes desktops offer, in the configured order. */
@Schema(description = "The reason codes desktops offer for not ready and for logout")
public record ReasonCodesRepresentation(List<ReasonCode> notReady, List<ReasonCode> logout) {
}
