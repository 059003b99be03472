package org.focalpoint.activity;

import org.focalpoint.audit.AuditAction;
import org.focalpoint.words.Words;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuditKindTest {

    @Test
    void decisionsAndRolesFallIntoTheirGroups() {
        assertEquals(AuditKind.AFFILIATIONS, AuditKind.of(AuditAction.AFFILIATION_APPROVED));
        assertEquals(AuditKind.TIES_ACCESS, AuditKind.of(AuditAction.TIES_ACCESS_REVOKED));
        assertEquals(AuditKind.FOCAL_POINT_ROLES, AuditKind.of(AuditAction.TIES_FOCAL_POINT_DESIGNATED));
        assertEquals(AuditKind.FOCAL_POINT_ROLES, AuditKind.of(AuditAction.DESIGNATED_FOCAL_POINT_SET));
        assertEquals(AuditKind.ACCOUNTS, AuditKind.of(AuditAction.SIGN_IN_LOCKED));
    }

    @Test
    void aGroupNameIsNeverAnActionName() {
        for (AuditKind kind : AuditKind.values()) {
            assertFalse(Arrays.stream(AuditAction.values()).anyMatch(a -> a.name().equals(kind.name())), kind.name());
        }
    }

    @Test
    void everyActionHasAReadableLabel() {
        for (AuditAction action : AuditAction.values()) {
            String label = action.label(Words.ENGLISH);
            assertFalse(label.contains("_"), label);
            assertTrue(Character.isUpperCase(label.charAt(0)), label);
        }
        assertEquals("Opt in confirmed", AuditActionLabel.of("OPT_IN_CONFIRMED", Words.ENGLISH));
    }
}
