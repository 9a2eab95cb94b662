package org.ctios.web.api.calls;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * ECC variables by name: names of 1 to 32 characters, values of at most 210, at most 2,000 bytes in all (what one
 * CTI message carries).
 */
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
@Constraint(validatedBy = CallDataValidators.EccValidator.class)
public @interface EccVariables {

    String message() default "ECC names have 1 to 32 characters, values at most 210, 2000 bytes in all";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
