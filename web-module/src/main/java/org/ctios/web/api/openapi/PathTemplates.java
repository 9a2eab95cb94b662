package org.ctios.web.api.openapi;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** JAX-RS path templates as OpenAPI writes them: {@code {name: regex}} becomes {@code {name}}. */
final class PathTemplates {

    /** A template parameter with a regular expression, which may itself hold braces ({@code [0-9]{1,9}}). */
    private static final Pattern PARAMETER_WITH_REGEX =
            Pattern.compile("\\{\\s*([A-Za-z0-9_.\\-]+)\\s*:(?:[^{}]|\\{[^{}]*\\})*\\}");

    private PathTemplates() {
    }

    static String plain(String template) {
        Matcher parameter = PARAMETER_WITH_REGEX.matcher(template);
        return parameter.replaceAll(match -> Matcher.quoteReplacement("{" + match.group(1) + "}"));
    }
}
