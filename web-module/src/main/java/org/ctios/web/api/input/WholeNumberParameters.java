package org.ctios.web.api.input;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.function.Function;

/**
 * Reads {@code int} and {@code long} parameters (path, query, header...) so that one that is no whole number is a
 * 400 naming the parameter ({@link InvalidParameterException}). Without it the runtime answers 404 for a query
 * parameter it cannot convert ({@code /calls/history?limit=abc}), as JAX-RS prescribes, which tells the client
 * nothing about its mistake.
 */
@Provider
public class WholeNumberParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = parameterName(annotations);
        if (rawType == int.class || rawType == Integer.class) {
            return (ParamConverter<T>) new WholeNumber<>(name, Integer::valueOf, rawType == int.class ? 0 : null,
                    Integer.MIN_VALUE, Integer.MAX_VALUE);
        }
        if (rawType == long.class || rawType == Long.class) {
            return (ParamConverter<T>) new WholeNumber<>(name, Long::valueOf, rawType == long.class ? 0L : null,
                    Long.MIN_VALUE, Long.MAX_VALUE);
        }
        return null;
    }

    /** The parameter's name from its JAX-RS annotation, for the error; "parameter" when there is none. */
    static String parameterName(Annotation[] annotations) {
        for (Annotation annotation : annotations == null ? new Annotation[0] : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            } else if (annotation instanceof PathParam path) {
                return path.value();
            } else if (annotation instanceof HeaderParam header) {
                return header.value();
            } else if (annotation instanceof FormParam form) {
                return form.value();
            } else if (annotation instanceof CookieParam cookie) {
                return cookie.value();
            } else if (annotation instanceof MatrixParam matrix) {
                return matrix.value();
            }
        }
        return "parameter";
    }

    /**
     * @param absent what a parameter that is not there is: 0 for a primitive, as JAX-RS has it, else null
     */
    record WholeNumber<N extends Number>(String name, Function<String, N> parse, N absent, long min, long max)
            implements ParamConverter<N> {

        @Override
        public N fromString(String value) {
            if (value == null) {
                return absent;
            }
            try {
                return parse.apply(value);
            } catch (NumberFormatException e) {
                throw new InvalidParameterException(name, "must be a whole number from " + min + " to " + max);
            }
        }

        @Override
        public String toString(N value) {
            return value == null ? null : value.toString();
        }
    }
}
