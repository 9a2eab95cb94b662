package org.ctios.web.api.reasoncodes;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One reason a desktop offers, as configured: the code sent to the CTI Server and the label shown. */
@Schema(description = "A reason code and its label", example = "{\"code\": 1, \"label\": \"Break\"}")
public record ReasonCode(int code, String label) {
}
