package org.ctios.web.api.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The OpenAPI document's paths show JAX-RS templates without their regular expressions. */
class PathTemplatesTest {

    @Test
    void aParameterWithARegularExpressionKeepsOnlyItsName() {
        assertThat(PathTemplates.plain("/api/calls/{id: [0-9]+}")).isEqualTo("/api/calls/{id}");
        assertThat(PathTemplates.plain("/api/calls/{id: [0-9]+}/actions")).isEqualTo("/api/calls/{id}/actions");
        assertThat(PathTemplates.plain("/api/skillgroups/{number:[0-9]+}")).isEqualTo("/api/skillgroups/{number}");
    }

    @Test
    void aRegularExpressionWithBracesOrSeveralParametersIsHandled() {
        assertThat(PathTemplates.plain("/a/{ id : [0-9]{1,9} }/b/{name: [a-z]+}/{plain}"))
                .isEqualTo("/a/{id}/b/{name}/{plain}");
    }

    @Test
    void plainTemplatesAndPathsWithoutParametersStayAsTheyAre() {
        assertThat(PathTemplates.plain("/api/agents/{id}/state")).isEqualTo("/api/agents/{id}/state");
        assertThat(PathTemplates.plain("/api/calls/history")).isEqualTo("/api/calls/history");
    }
}
