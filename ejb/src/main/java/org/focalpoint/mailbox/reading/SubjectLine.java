package org.focalpoint.mailbox.reading;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A subject's reply and forward prefixes ("Re:", "AW:", "Fwd:", "TR:", "RV:" …). They are taken
 * off one at a time: one pattern repeating over a hostile "Re: Re: Re: …" would recurse once per
 * prefix and overflow the stack.
 */
final class SubjectLine {

    /** RFC 5322 limits a header line to 998 characters; anything longer is no subject a person wrote. */
    static final int MAX_LENGTH = 998;

    private static final Pattern REPLY = Pattern.compile("^\\s*(?:re|aw|sv|r|ref|antw)\\s*:\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern FORWARD = Pattern.compile("^\\s*(?:fwd?|tr|rv|wg|enc)\\s*:\\s*", Pattern.CASE_INSENSITIVE);

    private SubjectLine() {
    }

    static String withoutPrefixes(String subject) {
        String s = bounded(subject);
        for (Matcher m = prefix(s); m != null; m = prefix(s)) {
            s = s.substring(m.end());
        }
        return s.strip();
    }

    /** Whether the first prefix after any reply prefixes says the mail forwards another. */
    static boolean isForward(String subject) {
        String s = bounded(subject);
        for (Matcher m = REPLY.matcher(s); m.lookingAt(); m = REPLY.matcher(s)) {
            s = s.substring(m.end());
        }
        return FORWARD.matcher(s).lookingAt();
    }

    private static Matcher prefix(String s) {
        Matcher reply = REPLY.matcher(s);
        if (reply.lookingAt()) {
            return reply;
        }
        Matcher forward = FORWARD.matcher(s);
        return forward.lookingAt() ? forward : null;
    }

    private static String bounded(String subject) {
        if (subject == null) {
            return "";
        }
        return subject.length() > MAX_LENGTH ? subject.substring(0, MAX_LENGTH) : subject;
    }
}
