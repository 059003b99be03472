package org.focalpoint.activity;

import org.focalpoint.words.Words;

import java.time.Instant;
import java.util.Locale;

/** One entry as a person reads it: when, who, on whose behalf, what (the stored action), the detail and the reason. */
public record AuditLine(long id, Instant when, String who, String onBehalfOf, String action, String detail,
                        String reason) {

    public String what(Locale locale) {
        return AuditActionLabel.of(action, locale);
    }

    /** In English, as logs and the tests read it. */
    public String what() {
        return what(Words.ENGLISH);
    }
}
