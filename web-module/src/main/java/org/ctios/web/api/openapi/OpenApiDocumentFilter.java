package org.ctios.web.api.openapi;

import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Makes the document Payara builds from the annotations a valid OpenAPI document, as client generators need it
 * ({@code mp.openapi.filter} in the WAR's MicroProfile Config file):
 * <ul>
 *   <li>path templates without JAX-RS's regular expressions ({@code /api/calls/{id}}, not
 *       {@code /api/calls/{id: [0-9]+}}), which OpenAPI does not know; the resources keep them;</li>
 *   <li>every path parameter required, as OpenAPI has it (Payara leaves it out for some);</li>
 *   <li>each tag once ({@link OpenApiTags}): Payara lists a tag again for every class that names it;</li>
 *   <li>no {@code endpoints} member, which Payara adds to the top of the document and OpenAPI does not allow.</li>
 * </ul>
 */
public class OpenApiDocumentFilter implements OASFilter {

    private static final Logger LOG = Logger.getLogger(OpenApiDocumentFilter.class.getName());

    @Override
    public Parameter filterParameter(Parameter parameter) {
        if (parameter.getIn() == Parameter.In.PATH) {
            parameter.setRequired(true);
        }
        return parameter;
    }

    @Override
    public void filterOpenAPI(OpenAPI document) {
        if (document.getPaths() != null) {
            plainPathTemplates(document.getPaths());
        }
        if (document.getTags() != null) {
            document.setTags(OpenApiTags.unique(document.getTags()));
        }
        dropPayarasEndpoints(document);
    }

    private static void plainPathTemplates(Paths paths) {
        Map<String, PathItem> items = new LinkedHashMap<>(paths.getPathItems());
        items.forEach((template, item) -> {
            String plain = PathTemplates.plain(template);
            if (plain.equals(template)) {
                return;
            }
            paths.removePathItem(template);
            PathItem existing = paths.getPathItem(plain);
            if (existing == null) {
                paths.addPathItem(plain, item);
            } else {
                // Two JAX-RS templates for one OpenAPI path (another method's regular expression): one item.
                item.getOperations().forEach((method, operation) -> {
                    if (existing.getOperations().get(method) == null) {
                        existing.setOperation(method, operation);
                    }
                });
            }
        });
    }

    /**
     * Payara's document model has an {@code endpoints} map (the application's context root and its paths), written
     * at the top of the document unless empty. Not in the MicroProfile API, so found by reflection; a model without
     * it has nothing to drop.
     */
    private static void dropPayarasEndpoints(OpenAPI document) {
        Method setEndpoints;
        try {
            setEndpoints = document.getClass().getMethod("setEndpoints", Map.class);
        } catch (NoSuchMethodException e) {
            return;
        }
        try {
            setEndpoints.invoke(document, new TreeMap<String, Object>());
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(Level.WARNING, "the OpenAPI document keeps Payara's endpoints member", e);
        }
    }
}
