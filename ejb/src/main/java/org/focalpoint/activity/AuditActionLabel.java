package org.focalpoint.activity;

import org.focalpoint.audit.AuditAction;

import java.util.Locale;

/** What a person reads for each recorded action: its label, or for an action no longer in the code, its name. */
public final class AuditActionLabel {

    private AuditActionLabel() {
    }

    /** A stored action, even one no longer in the code (old rows stay readable). */
    public static String of(String storedAction, Locale locale) {
        try {
            return AuditAction.valueOf(storedAction).label(locale);
        } catch (IllegalArgumentException gone) {
            return fromName(storedAction);
        }
    }

    static String fromName(String name) {
        String words = name.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
