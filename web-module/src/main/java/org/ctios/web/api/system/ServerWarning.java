package org.ctios.web.api.system;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Something about how the server runs that its users should know, shown by the pages as a banner.
 *
 * @param code    a stable name per kind of warning, such as {@code demo-accounts}
 * @param message what it means, for a person
 */
@Schema(description = "A warning about how the server runs",
        example = "{\"code\": \"demo-accounts\", \"message\": \"Demo accounts are on...\"}")
public record ServerWarning(String code, String message) {
}
