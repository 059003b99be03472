package org.focalpoint;

import jakarta.ejb.ApplicationException;
import org.focalpoint.words.Words;

import java.util.Locale;

/**
 * The platform refuses what was asked, for a reason the person can act on: a key of the refusals
 * bundle and its arguments, which the page renders in the person's language. The message is the
 * English text, for logs and tests. The transaction is rolled back so nothing is half-written.
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

    public String in(Locale locale) {
        return REFUSALS.text(locale, key, arguments);
    }
}
