package org.focalpoint.csv;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * A CSV file that opens as it should in a spreadsheet: UTF-8 with a byte order mark (so accents
 * survive a double click in Excel), RFC 4180 quoting and CRLF line ends, and no formula injection.
 * A cell that starts like a formula ({@code = + - @}, tab or carriage return) is what a delegate
 * typed, never something to compute: it is prefixed with a single quote, which spreadsheets show as
 * text (OWASP's advice for CSV injection).
 */
public final class Csv {

    private static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final StringBuilder text = new StringBuilder(BYTE_ORDER_MARK);

    public Csv row(String... cells) {
        return row(Arrays.asList(cells));
    }

    public Csv row(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(cell(cells.get(i)));
        }
        text.append("\r\n");
        return this;
    }

    public byte[] bytes() {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** One field: neutralized if it looks like a formula, quoted if it holds a comma, quote or line break. */
    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quoted = safe.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
        return quoted ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }
}
