package org.focalpoint.mailbox.reading;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How our acknowledgement mails are recognised when a member replies to them: each carries a
 * reference "TSB-OPT-&lt;queue item id&gt;" in its subject (and its text), which mail clients keep
 * in a reply's subject and quote in its body. A reply whose only request is in our quoted
 * acknowledgement (which quotes their request) must not count as a new request.
 */
public final class Acknowledgement {

    private static final Pattern REFERENCE = Pattern.compile("\\bTSB-OPT-(\\d{1,18})\\b", Pattern.CASE_INSENSITIVE);

    private Acknowledgement() {
    }

    /** The reference to put in the subject and the body of the acknowledgement of queue item {@code itemId}. */
    public static String reference(long itemId) {
        return "TSB-OPT-" + itemId;
    }

    /** The acknowledgement's subject; the reference comes first so that no client's truncation loses it. */
    public static String subject(long itemId, String topic) {
        return "[" + reference(itemId) + "] " + topic;
    }

    /** The reference written in {@code text} (e.g. "TSB-OPT-42"), or null. */
    public static String referenceIn(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = REFERENCE.matcher(text);
        return m.find() ? "TSB-OPT-" + m.group(1) : null;
    }
}
