package org.focalpoint.persistence;

/**
 * Text as a column of {@code length} characters holds it. Longer text is cut, and the cut marked
 * with "…" so that a reader knows there was more. NUL characters are dropped: mail and error
 * messages may carry them, and PostgreSQL refuses them in text where H2 takes them.
 */
public final class ColumnText {

    private static final String CUT = "…";

    private ColumnText() {
    }

    public static String fit(String text, int length) {
        if (text == null) {
            return null;
        }
        String clean = text.indexOf('\u0000') < 0 ? text : text.replace("\u0000", "");
        if (clean.length() <= length) {
            return clean;
        }
        int end = length - CUT.length();
        // half a surrogate pair is not a character: PostgreSQL would refuse it, a page would show garbage
        if (end > 0 && Character.isHighSurrogate(clean.charAt(end - 1))) {
            end--;
        }
        return clean.substring(0, end) + CUT;
    }
}
