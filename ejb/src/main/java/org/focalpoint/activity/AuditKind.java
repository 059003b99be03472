package org.focalpoint.activity;

import org.focalpoint.audit.AuditAction;
import org.focalpoint.words.Labelled;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Groups of {@link AuditAction}s a person filters by. Membership follows the action's name, so an
 * action added later falls into its group, or into {@link #OTHER}, without anyone updating a list.
 */
public enum AuditKind implements Labelled {
    AFFILIATIONS("AFFILIATION_"),
    TIES_ACCESS("TIES_ACCESS_"),
    FOCAL_POINT_ROLES("TIES_FOCAL_POINT_", "DESIGNATED_FOCAL_POINT_"),
    ORGANIZATIONS("ORGANIZATION_"),
    REGISTRATIONS("REGISTRATION_"),
    ACCOUNTS("ACCOUNT_", "EMAIL_", "PASSWORD_", "PROFILE_", "SIGN_IN_"),
    CONSENT("CONSENT_"),
    CATALOGUE("PUBLICATION_", "EDITION_", "MASTER_FILE_", "COVER_", "CATALOGUE_"),
    ORDERS("ORDER_", "BANK_FILE_"),
    PRICE_RULES("DISCOUNT_RULE_", "MINIMUM_ORDER_", "LEAST_DEVELOPED_", "PROMO_CODE_", "SHIPPING_ZONE_", "TAX_RULE_"),
    OTHER;

    private final String[] prefixes;

    AuditKind(String... prefixes) {
        this.prefixes = prefixes;
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

    @Override
    public String labelGroup() {
        return "audit-kind";
    }
}
