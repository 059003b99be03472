package org.focalpoint.activity;

import org.focalpoint.audit.AuditAction;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Groups of {@link AuditAction}s a person filters by. Membership follows the action's name, so an
 * action added later falls into its group, or into {@link #OTHER}, without anyone updating a list.
 */
public enum AuditKind {
    AFFILIATIONS("Affiliations", "AFFILIATION_"),
    TIES_ACCESS("TIES access", "TIES_ACCESS_"),
    FOCAL_POINT_ROLES("Focal-point roles", "TIES_FOCAL_POINT_", "DESIGNATED_FOCAL_POINT_"),
    ORGANIZATIONS("Organization data", "ORGANIZATION_"),
    REGISTRATIONS("Event registrations", "REGISTRATION_"),
    ACCOUNTS("Accounts and sign-in", "ACCOUNT_", "EMAIL_", "PASSWORD_", "PROFILE_", "SIGN_IN_"),
    CONSENT("Terms of Use and privacy", "CONSENT_"),
    OTHER("Other activity");

    private final String label;
    private final String[] prefixes;

    AuditKind(String label, String... prefixes) {
        this.label = label;
        this.prefixes = prefixes;
    }

    public String label() {
        return label;
    }

    public Set<AuditAction> actions() {
        return Arrays.stream(AuditAction.values()).filter(a -> of(a) == this)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(AuditAction.class)));
    }

    /** The one group each action belongs to. */
    public static AuditKind of(AuditAction action) {
        for (AuditKind kind : values()) {
            for (String prefix : kind.prefixes) {
                if (action.name().startsWith(prefix)) {
                    return kind;
                }
            }
        }
        return OTHER;
    }
}
