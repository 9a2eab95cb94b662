package org.ctios.web.api.calls;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** Call variables by name: only CallVariable1 to CallVariable10, each a string of at most 40 characters. */
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
@Constraint(validatedBy = CallDataValidators.CallVariablesValidator.class)
public @interface CallVariableNames {

    String message() default "only CallVariable1 to CallVariable10, each at most 40 characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
