package org.ctios.web.api.reasoncodes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a configured list of reason codes, {@code 1=Break,2=Lunch,3=Meeting}: entries separated by ',', each a code
 * and its label separated by the first '=' (so a label holds no ','), whitespace around either ignored; the order is
 * kept, it is the order desktops offer them in. Plain Java, so that a bad setting is refused at start with the
 * setting's name and the faulty entry.
 *
 * <p>A reason code is an unsigned short in the CTI Server protocol (GED-188), so 1 to 65535; 0 means "no reason".
 * Some codes have a meaning of their own on a Unified CCE: 32767 is the code the switch itself sets when an agent
 * does not answer a routed call (ring no answer), and 50001 and above are its system codes (e.g. a logout by the
 * system). They are accepted (a deployment may want to offer them, and the CTI Server is the authority), but
 * {@link #setBySystem(int)} names them so that the start-up log can warn.
 */
public final class ReasonCodeList {

    static final int MIN_CODE = 1;
    static final int MAX_CODE = 65_535;
    /** The code Unified CCE sets itself when a routed call rings unanswered. */
    static final int RING_NO_ANSWER = 32_767;
    /** The first of Unified CCE's system reason codes. */
    static final int FIRST_SYSTEM_CODE = 50_001;

    private ReasonCodeList() {
    }

    /**
     * @param setting the configuration key, named in the refusal
     * @param text    the configured list; null or blank is an empty list
     * @throws IllegalArgumentException naming the setting and the entry, for a malformed entry, a code outside
     *                                  1..65535, a code given twice or a blank label
     */
    public static List<ReasonCode> parse(String setting, String text) {
        List<ReasonCode> codes = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return codes;
        }
        Set<Integer> seen = new HashSet<>();
        for (String entry : text.split(",", -1)) {
            int equals = entry.indexOf('=');
            if (equals < 0) {
                throw refused(setting, entry, "is not code=label (entries are separated by ',')");
            }
            String codeText = entry.substring(0, equals).strip();
            String label = entry.substring(equals + 1).strip();
            int code;
            try {
                code = Integer.parseInt(codeText);
            } catch (NumberFormatException e) {
                throw refused(setting, entry, "has no number as its code");
            }
            if (code < MIN_CODE || code > MAX_CODE) {
                throw refused(setting, entry, "has a code outside " + MIN_CODE + ".." + MAX_CODE
                        + " (the protocol's reason code is an unsigned short; 0 means no reason)");
            }
            if (!seen.add(code)) {
                throw refused(setting, entry, "repeats code " + code);
            }
            if (label.isEmpty()) {
                throw refused(setting, entry, "has a blank label");
            }
            codes.add(new ReasonCode(code, label));
        }
        return List.copyOf(codes);
    }

    /** Whether Unified CCE itself sets this code (ring no answer, or a system code), rather than an agent. */
    public static boolean setBySystem(int code) {
        return code == RING_NO_ANSWER || code >= FIRST_SYSTEM_CODE;
    }

    private static IllegalArgumentException refused(String setting, String entry, String fault) {
        return new IllegalArgumentException(setting + ": the entry '" + entry.strip() + "' " + fault);
    }
}
