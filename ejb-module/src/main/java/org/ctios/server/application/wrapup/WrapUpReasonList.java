package org.ctios.server.application.wrapup;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.ctios.server.api.view.WrapUpReason;

/**
 * Reads a configured list of wrap-up reasons, {@code sale=Sale,callback=Callback needed}: entries separated by ',',
 * each a code and its label separated by the first '=' (so a label holds no ','), whitespace around either ignored;
 * the order is kept, it is the order desktops offer them in. A code is what the call's record keeps and reports
 * filter on: 1 to 32 letters, digits, '-', '_' or '.'. Plain Java, so that a bad setting is refused at start with the
 * setting's name and the faulty entry.
 */
public final class WrapUpReasonList {

    static final int MAX_CODE_LENGTH = 32;
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_.-]{1," + MAX_CODE_LENGTH + "}");

    private WrapUpReasonList() {
    }

    /**
     * @param setting the configuration key, named in the refusal
     * @param text    the configured list; null or blank is an empty list
     * @throws IllegalArgumentException naming the setting and the entry, for a malformed entry, a code of other
     *                                  characters or longer than 32, a code given twice or a blank label
     */
    public static List<WrapUpReason> parse(String setting, String text) {
        List<WrapUpReason> reasons = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return reasons;
        }
        Set<String> seen = new HashSet<>();
        for (String entry : text.split(",", -1)) {
            int equals = entry.indexOf('=');
            if (equals < 0) {
                throw refused(setting, entry, "is not code=label (entries are separated by ',')");
            }
            String code = entry.substring(0, equals).strip();
            String label = entry.substring(equals + 1).strip();
            if (!CODE.matcher(code).matches()) {
                throw refused(setting, entry, "has a code that is not 1 to " + MAX_CODE_LENGTH
                        + " letters, digits, '-', '_' or '.'");
            }
            if (!seen.add(code)) {
                throw refused(setting, entry, "repeats code " + code);
            }
            if (label.isEmpty()) {
                throw refused(setting, entry, "has a blank label");
            }
            reasons.add(new WrapUpReason(code, label));
        }
        return List.copyOf(reasons);
    }

    private static IllegalArgumentException refused(String setting, String entry, String fault) {
        return new IllegalArgumentException(setting + ": the entry '" + entry.strip() + "' " + fault);
    }
}
