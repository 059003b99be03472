package org.focalpoint.activity;

import org.focalpoint.words.Words;

import java.util.Locale;

/**
 * A scope the person may pick, with the words they read for it.
 *
 * @param organizationName the organization's name, for the scope of one organization; else null
 */
public record ScopeChoice(AuditScope scope, String organizationName) {

    private static final Words LABELS = new Words(Words.LABELS);

    public String key() {
        return scope.key();
    }

    public String label(Locale locale) {
        return switch (scope.reach()) {
            case OWN -> LABELS.text(locale, "audit-scope.own");
            case ORGANIZATION -> organizationName;
            case EVERYTHING -> LABELS.text(locale, "audit-scope.everything");
        };
    }
}
