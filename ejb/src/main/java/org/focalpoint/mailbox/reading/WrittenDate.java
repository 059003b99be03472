package org.focalpoint.mailbox.reading;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * A date as people write it in a folded text, in English, French or Spanish: 2026-03-01,
 * 1 March 2026, 1er mars 2026, 1 de marzo de 2026, March 1, 2026, 01/03/2026 (day first, as in
 * Geneva).
 */
final class WrittenDate {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
            Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11), Map.entry("december", 12),
            Map.entry("janvier", 1), Map.entry("fevrier", 2), Map.entry("mars", 3), Map.entry("avril", 4),
            Map.entry("mai", 5), Map.entry("juin", 6), Map.entry("juillet", 7), Map.entry("aout", 8),
            Map.entry("septembre", 9), Map.entry("octobre", 10), Map.entry("novembre", 11), Map.entry("decembre", 12),
            Map.entry("enero", 1), Map.entry("febrero", 2), Map.entry("marzo", 3), Map.entry("abril", 4),
            Map.entry("mayo", 5), Map.entry("junio", 6), Map.entry("julio", 7), Map.entry("agosto", 8),
            Map.entry("septiembre", 9), Map.entry("setiembre", 9), Map.entry("octubre", 10), Map.entry("noviembre", 11),
            Map.entry("diciembre", 12));
    private static final String MONTH = "(?<month>" + String.join("|", MONTHS.keySet()) + ")";

    static final String PATTERN = "(?:(?<y1>\\d{4})-(?<m1>\\d{1,2})-(?<d1>\\d{1,2})"
            + "|(?<d2>\\d{1,2})(?:st|nd|rd|th|er|o)? (?:de )?" + MONTH.replace("month", "month2") + ",? (?:de )?(?<y2>\\d{4})"
            + "|" + MONTH.replace("month", "month3") + " (?<d3>\\d{1,2})(?:st|nd|rd|th)?,? (?<y3>\\d{4})"
            + "|(?<d4>\\d{1,2})[./](?<m4>\\d{1,2})[./](?<y4>\\d{4}))";

    private WrittenDate() {
    }

    /** The date the match of {@link #PATTERN} stands for, or null when there is no such day. */
    static LocalDate of(Matcher m) {
        try {
            if (m.group("y1") != null) {
                return LocalDate.of(num(m, "y1"), num(m, "m1"), num(m, "d1"));
            }
            if (m.group("y2") != null) {
                return LocalDate.of(num(m, "y2"), MONTHS.get(m.group("month2")), num(m, "d2"));
            }
            if (m.group("y3") != null) {
                return LocalDate.of(num(m, "y3"), MONTHS.get(m.group("month3")), num(m, "d3"));
            }
            return LocalDate.of(num(m, "y4"), num(m, "m4"), num(m, "d4"));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int num(Matcher m, String group) {
        return Integer.parseInt(m.group(group));
    }
}
