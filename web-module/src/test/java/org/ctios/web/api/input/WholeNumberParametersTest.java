package org.ctios.web.api.input;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/**
 * Whole-number parameters read as JAX-RS would. That one which is no whole number is a 400 naming the parameter is
 * proven in the container ({@code MalformedRequestsIT}): its exception is a {@code BadRequestException}, which only
 * a JAX-RS runtime can build.
 */
class WholeNumberParametersTest {

    private final WholeNumberParameters provider = new WholeNumberParameters();

    /** The parameters of a resource method like the call history's and a call's. */
    @SuppressWarnings("unused")
    void resource(@QueryParam("limit") @DefaultValue("50") int limit, @QueryParam("skillGroup") Long skillGroup,
                  @PathParam("id") long id, @QueryParam("agentId") String agentId) {
    }

    private static Annotation[] annotationsOf(int parameter) throws NoSuchMethodException {
        Method resource = WholeNumberParametersTest.class.getDeclaredMethod("resource", int.class, Long.class,
                long.class, String.class);
        return resource.getParameterAnnotations()[parameter];
    }

    @Test
    void wholeNumbersAreReadAndAnAbsentOneIsZeroForAPrimitiveAndNullOtherwise() throws Exception {
        ParamConverter<Integer> limit = provider.getConverter(int.class, int.class, annotationsOf(0));
        ParamConverter<Long> skillGroup = provider.getConverter(Long.class, Long.class, annotationsOf(1));
        ParamConverter<Long> id = provider.getConverter(long.class, long.class, annotationsOf(2));

        assertThat(limit.fromString("20")).isEqualTo(20);
        assertThat(limit.fromString(null)).isZero();
        assertThat(skillGroup.fromString("3")).isEqualTo(3L);
        assertThat(skillGroup.fromString(null)).isNull();
        assertThat(id.fromString("16777217")).isEqualTo(16_777_217L);
        assertThat(id.toString(7L)).isEqualTo("7");
    }

    @Test
    void otherTypesAreLeftToTheRuntime() throws Exception {
        assertThat(provider.getConverter(String.class, String.class, annotationsOf(3))).isNull();
    }
}
