package org.ctios.web.api.wrapup;

import java.util.List;
import org.ctios.server.api.view.WrapUpReason;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The wrap-up reasons offered, in the configured order. */
@Schema(description = "The wrap-up reasons desktops offer after a call",
        example = "{\"reasons\": [{\"code\": \"sale\", \"label\": \"Sale\"}, "
                + "{\"code\": \"callback\", \"label\": \"Callback needed\"}]}")
public record WrapUpReasonsRepresentation(List<WrapUpReason> reasons) {
}
