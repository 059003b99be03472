package org.focalpoint.notifications;

import org.focalpoint.words.Words;

import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;

/**
 * The words of one kind of mail, {@code org/focalpoint/words/mails/<kind>.properties}: its
 * {@code subject} and {@code body}, and for a mail that lists many things, parts (e.g. {@code line})
 * rendered once per item and passed into the body as one argument. Arguments are named, so that a
 * translator reads {@code {organization}} rather than {@code {2}}.
 */
public final class MailTemplate {

    private static final String MAILS = "org.focalpoint.words.mails.";
    private static final String SUBJECT = "subject";
    private static final String BODY = "body";

    private final Words words;

    /** A kind without its file, subject or body fails here, as its class loads, not when the first such mail is due. */
    public MailTemplate(String kind) {
        this.words = new Words(MAILS + kind);
        boolean complete;
        try {
            complete = words.has(SUBJECT) && words.has(BODY);
        } catch (MissingResourceException missing) {
            throw new IllegalArgumentException(MAILS + kind, missing);
        }
        if (!complete) {
            throw new IllegalArgumentException(MAILS + kind + ": " + SUBJECT + ", " + BODY);
        }
    }

    public OutgoingMail mail(Locale locale, String to, Map<String, ?> arguments) {
        return mail(locale, to, arguments, null);
    }

    public OutgoingMail mail(Locale locale, String to, Map<String, ?> arguments, OutgoingMail.Attachment attachment) {
        return new OutgoingMail(to, words.text(locale, SUBJECT, arguments), words.text(locale, BODY, arguments),
                attachment);
    }

    /** One of the mail's named parts, e.g. a line of a list, to pass into the body. */
    public String part(Locale locale, String name, Map<String, ?> arguments) {
        return words.text(locale, name, arguments);
    }
}
