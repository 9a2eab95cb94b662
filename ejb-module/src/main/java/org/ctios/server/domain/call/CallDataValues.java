package org.ctios.server.domain.call;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a CRM screen pops, as stored: the call's numbers, call variables 1 to 10 and ECC variables. The ECC
 * variables (and arrays, as {@code name[index]}) are kept as one text column of {@code name=value} lines: they are
 * always read and written whole, and a column is far cheaper than a table at thousands of events a second.
 */
@Embeddable
public class CallDataValues {

    /** How many call variables a call has. */
    public static final int CALL_VARIABLES = 10;

    @Column(name = "ani", length = 40)
    private String ani;
    @Column(name = "dnis", length = 40)
    private String dnis;
    @Column(name = "dialed_number", length = 40)
    private String dialedNumber;
    @Column(name = "caller_entered_digits", length = 40)
    private String callerEnteredDigits;
    @Column(name = "call_variable_1", length = 40)
    private String callVariable1;
    @Column(name = "call_variable_2", length = 40)
    private String callVariable2;
    @Column(name = "call_variable_3", length = 40)
    private String callVariable3;
    @Column(name = "call_variable_4", length = 40)
    private String callVariable4;
    @Column(name = "call_variable_5", length = 40)
    private String callVariable5;
    @Column(name = "call_variable_6", length = 40)
    private String callVariable6;
    @Column(name = "call_variable_7", length = 40)
    private String callVariable7;
    @Column(name = "call_variable_8", length = 40)
    private String callVariable8;
    @Column(name = "call_variable_9", length = 40)
    private String callVariable9;
    @Column(name = "call_variable_10", length = 40)
    private String callVariable10;
    @Column(name = "ecc_variables", length = 4000)
    private String eccVariables;
    @Column(name = "wrapup_data", length = 40)
    private String wrapupData;

    public CallDataValues() {
        // empty, and for JPA
    }

    /**
     * Takes what an event reports: fields it has replace the stored ones, fields it lacks keep them, as each CTI
     * event repeats only part of the call's data.
     */
    public void merge(CallDataReport report) {
        ani = orKeep(report.ani(), ani);
        dnis = orKeep(report.dnis(), dnis);
        dialedNumber = orKeep(report.dialedNumber(), dialedNumber);
        callerEnteredDigits = orKeep(report.callerEnteredDigits(), callerEnteredDigits);
        wrapupData = orKeep(report.wrapupData(), wrapupData);
        report.callVariables().forEach(this::setVariable);
        if (!report.ecc().isEmpty()) {
            Map<String, String> ecc = ecc();
            ecc.putAll(report.ecc());
            eccVariables = encode(ecc);
        }
    }

    private static String orKeep(String reported, String kept) {
        return reported != null ? reported : kept;
    }

    public String ani() {
        return ani;
    }

    public String dnis() {
        return dnis;
    }

    public String dialedNumber() {
        return dialedNumber;
    }

    public String callerEnteredDigits() {
        return callerEnteredDigits;
    }

    public String wrapupData() {
        return wrapupData;
    }

    /** Call variable 1 to 10, or {@code null}. */
    public String variable(int number) {
        return switch (number) {
            case 1 -> callVariable1;
            case 2 -> callVariable2;
            case 3 -> callVariable3;
            case 4 -> callVariable4;
            case 5 -> callVariable5;
            case 6 -> callVariable6;
            case 7 -> callVariable7;
            case 8 -> callVariable8;
            case 9 -> callVariable9;
            case 10 -> callVariable10;
            default -> throw new IllegalArgumentException("call variables are numbered 1 to 10, not " + number);
        };
    }

    private void setVariable(int number, String value) {
        switch (number) {
            case 1 -> callVariable1 = value;
            case 2 -> callVariable2 = value;
            case 3 -> callVariable3 = value;
            case 4 -> callVariable4 = value;
            case 5 -> callVariable5 = value;
            case 6 -> callVariable6 = value;
            case 7 -> callVariable7 = value;
            case 8 -> callVariable8 = value;
            case 9 -> callVariable9 = value;
            case 10 -> callVariable10 = value;
            default -> throw new IllegalArgumentException("call variables are numbered 1 to 10, not " + number);
        }
    }

    /** The call variables that have a value, by name ({@code CallVariable1}...). */
    public Map<String, String> variables() {
        Map<String, String> variables = new TreeMap<>();
        for (int number = 1; number <= CALL_VARIABLES; number++) {
            if (variable(number) != null) {
                variables.put("CallVariable" + number, variable(number));
            }
        }
        return variables;
    }

    /** The ECC variables, arrays as {@code name[index]}, sorted by name. */
    public Map<String, String> ecc() {
        Map<String, String> ecc = new TreeMap<>();
        if (eccVariables == null || eccVariables.isEmpty()) {
            return ecc;
        }
        for (String line : eccVariables.split("\n")) {
            int equals = line.indexOf('=');
            ecc.put(unescape(line.substring(0, equals)), unescape(line.substring(equals + 1)));
        }
        return ecc;
    }

    /** A copy, for the call's history record. */
    public CallDataValues copy() {
        CallDataValues copy = new CallDataValues();
        copy.ani = ani;
        copy.dnis = dnis;
        copy.dialedNumber = dialedNumber;
        copy.callerEnteredDigits = callerEnteredDigits;
        copy.wrapupData = wrapupData;
        for (int number = 1; number <= CALL_VARIABLES; number++) {
            if (variable(number) != null) {
                copy.setVariable(number, variable(number));
            }
        }
        copy.eccVariables = eccVariables;
        return copy;
    }

    private static String encode(Map<String, String> ecc) {
        List<String> lines = new ArrayList<>();
        ecc.forEach((name, value) -> lines.add(escape(name) + "=" + escape(value)));
        return String.join("\n", lines);
    }

    // Backslash escapes keep '=' and line breaks inside names and values from breaking the format.
    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\n", "\\n").replace("=", "\\e");
    }

    private static String unescape(String text) {
        StringBuilder plain = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                plain.append(next == 'n' ? '\n' : next == 'e' ? '=' : next);
            } else {
                plain.append(c);
            }
        }
        return plain.toString();
    }
}
