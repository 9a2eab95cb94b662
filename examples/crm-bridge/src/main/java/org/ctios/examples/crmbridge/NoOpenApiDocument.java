package org.ctios.examples.crmbridge;

import java.util.ArrayList;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Keeps the bridge out of the server's OpenAPI document: Payara merges every application's document into the one
 * it serves at {@code /openapi}, and even with scanning off the bridge's would add its own absolute server URL to
 * CTI OS's. The bridge is an example; its API is described in its README.
 */
public class NoOpenApiDocument implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.setServers(new ArrayList<>());
    }
}
