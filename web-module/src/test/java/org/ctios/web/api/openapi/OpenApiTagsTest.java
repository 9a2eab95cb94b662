package org.ctios.web.api.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.tags.Tag;
import org.junit.jupiter.api.Test;

/** Each tag once in the document, with the description one of its mentions gave. */
class OpenApiTagsTest {

    @Test
    void aTagNamedTwiceIsListedOnceWithTheDescriptionOneMentionGave() {
        List<Tag> unique = OpenApiTags.unique(List.of(tag("Agents", "Agents and states"), tag("Teams", null),
                tag("System", "The CTI link"), tag("Teams", "Supervisor view"), tag("Teams", "another")));

        assertThat(unique).extracting(Tag::getName).containsExactly("Agents", "Teams", "System");
        assertThat(unique).extracting(Tag::getDescription)
                .containsExactly("Agents and states", "Supervisor view", "The CTI link");
    }

    /** A tag with only a name and a description, as the model's implementation would hold them. */
    private static Tag tag(String name, String description) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("Name", name);
        properties.put("Description", description);
        return (Tag) Proxy.newProxyInstance(Tag.class.getClassLoader(), new Class<?>[] {Tag.class},
                (proxy, method, arguments) -> {
                    String property = method.getName().substring(3);
                    if (method.getName().startsWith("get")) {
                        return properties.get(property);
                    }
                    if (method.getName().startsWith("set")) {
                        properties.put(property, arguments[0]);
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
