package org.ctios.web.api.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/** The document's tags with each name once, in their first order. */
final class OpenApiTags {

    private OpenApiTags() {
    }

    /**
     * @return the first tag of each name, with the first description any tag of that name has (a class that only
     *         names a tag to put its operations under it gives none)
     */
    static List<Tag> unique(List<Tag> tags) {
        Map<String, Tag> byName = new LinkedHashMap<>();
        for (Tag tag : tags) {
            Tag first = byName.putIfAbsent(tag.getName(), tag);
            if (first != null && isBlank(first.getDescription()) && !isBlank(tag.getDescription())) {
                first.setDescription(tag.getDescription());
            }
        }
        return new ArrayList<>(byName.values());
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
