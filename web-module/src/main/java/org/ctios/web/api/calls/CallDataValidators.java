package org.ctios.web.api.calls;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Map;
import org.ctios.server.api.CallDataInput;

/**
 * The checks behind {@link CallVariableNames} and {@link EccVariables}: the same rules the call desk applies
 * ({@link CallDataInput}), reported per entry so a client sees which variable is wrong.
 */
final class CallDataValidators {

    private CallDataValidators() {
    }

    /** Reports each offending entry as {@code [name]} under the field, with the rule it breaks. */
    private static boolean each(Map<String, String> values, ConstraintValidatorContext context,
                                java.util.function.Function<Map.Entry<String, String>, String> problem) {
        if (values == null) {
            return true;
        }
        boolean valid = true;
        context.disableDefaultConstraintViolation();
        for (Map.Entry<String, String> entry : values.entrySet()) {
            String message = problem.apply(entry);
            if (message != null) {
                valid = false;
                context.buildConstraintViolationWithTemplate(escape(message))
                        .addBeanNode().inIterable().atKey(entry.getKey()).addConstraintViolation();
            }
        }
        return valid;
    }

    /** Keeps a client's text out of message interpolation. */
    private static String escape(String message) {
        return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }

    static final class CallVariablesValidator implements ConstraintValidator<CallVariableNames, Map<String, String>> {
        @Override
        public boolean isValid(Map<String, String> values, ConstraintValidatorContext context) {
            return each(values, context, entry -> {
                if (entry.getKey() == null || !entry.getKey().matches("CallVariable([1-9]|10)")) {
                    return "is not a call variable: they are CallVariable1 to CallVariable10";
                }
                if (entry.getValue() == null || entry.getValue().length() > 40) {
                    return "must be a string of at most 40 characters";
                }
                return null;
            });
        }
    }

    static final class EccValidator implements ConstraintValidator<EccVariables, Map<String, String>> {
        @Override
        public boolean isValid(Map<String, String> values, ConstraintValidatorContext context) {
            boolean entriesValid = each(values, context, entry -> {
                if (entry.getKey() == null || entry.getKey().isBlank() || entry.getKey().length() > 32) {
                    return "ECC variable names have 1 to 32 characters";
                }
                if (entry.getValue() == null || entry.getValue().length() > 210) {
                    return "must be a string of at most 210 characters";
                }
                return null;
            });
            if (!entriesValid) {
                return false;
            }
            int bytes = values == null ? 0 : values.entrySet().stream()
                    .mapToInt(entry -> entry.getKey().length() + entry.getValue().length() + 2).sum();
            if (bytes > CallDataInput.MAX_ECC_BYTES) {
                context.buildConstraintViolationWithTemplate("ECC variables take " + bytes
                        + " bytes, more than the 2000 one message carries").addConstraintViolation();
                return false;
            }
            return true;
        }
    }
}
