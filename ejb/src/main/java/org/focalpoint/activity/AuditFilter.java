package org.focalpoint.activity;

import org.focalpoint.RuleViolation;
import org.focalpoint.audit.AuditAction;
import org.focalpoint.time.DayRange;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a person narrows the trail to: the days (in the person's zone, both included), text in the
 * actor's name or e-mail, and a kind (an {@link AuditKind} group or a single {@link AuditAction},
 * by name). Every part may be left empty.
 */
public record AuditFilter(DayRange days, String actor, String kind) {

    public static final AuditFilter NONE = new AuditFilter(null, null, null);

    public AuditFilter {
        days = days == null ? new DayRange(null, null, null) : days;
    }

    /** Refused, with what to do about it, when the days are the wrong way round or the kind is unknown. */
    void check() {
        days().check();
        actions();
    }

    /** The actions of the chosen kind, or null when any kind will do. */
    Set<AuditAction> actions() {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        for (AuditKind group : AuditKind.values()) {
            if (group.name().equals(kind)) {
                return group.actions();
            }
        }
        for (AuditAction action : AuditAction.values()) {
            if (action.name().equals(kind)) {
                return EnumSet.of(action);
            }
        }
        throw new RuleViolation("activity.unknown-kind", kind);
    }
}
