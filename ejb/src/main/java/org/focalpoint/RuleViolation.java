package org.focalpoint;

import jakarta.ejb.ApplicationException;
import org.focalpoint.words.Words;

import java.time.ZoneId;
import java.util.Locale;

/**
 * The platform refuses what was asked, for a reason the person can act on: a key of the refusals
 * bundle and its arguments, which the page renders in the person's language and time zone. The
 * message is the English text, moments in UTC, for logs and tests. The transaction is rolled back so nothing is half-written.
 */
@ApplicationException(rollback = true)
public class RuleViolation extends RuntimeException {

    private static final Words REFUSALS = new Words(Words.REFUSALS);

    private final String key;
    private final transient Object[] arguments;

    public RuleViolation(String key, Object... arguments) {
        super(REFUSALS.text(Words.ENGLISH, key, arguments));
        this.key = key;
        this.arguments = arguments.clone();
    }

    public String key() {
        return key;
    }

    public String in(Locale locale, ZoneId zone) {
        return REFUSALS.text(locale, zone, key, arguments);
    }
}
