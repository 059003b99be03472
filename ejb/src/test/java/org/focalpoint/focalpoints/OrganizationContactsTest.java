package org.focalpoint.focalpoints;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OrganizationContactsTest {

    @Test
    void noFilterMatchesEveryone() {
        assertEquals("%", OrganizationContacts.likePattern(null));
        assertEquals("%", OrganizationContacts.likePattern("   "));
    }

    @Test
    void theFilterIsFoundAnywhereIgnoringCaseAndBlanksAround() {
        assertEquals("%ada love%", OrganizationContacts.likePattern("  Ada LOVE "));
    }

    @Test
    void wildcardsTypedByThePersonMatchThemselves() {
        assertEquals("%100!%!_a!!b%", OrganizationContacts.likePattern("100%_a!b"));
    }
}
