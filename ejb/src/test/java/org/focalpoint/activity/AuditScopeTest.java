package org.focalpoint.activity;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AuditScopeTest {

    @Test
    void aScopeSurvivesTheRoundTripThroughAForm() {
        for (AuditScope scope : new AuditScope[] {AuditScope.own(), AuditScope.everything(), AuditScope.organization(123L)}) {
            assertEquals(scope, AuditScope.ofKey(scope.key()));
        }
    }

    @Test
    void anythingUnreadableIsTheSmallestScope() {
        assertEquals(AuditScope.own(), AuditScope.ofKey(null));
        assertEquals(AuditScope.own(), AuditScope.ofKey("1 or 1=1"));
    }
}
