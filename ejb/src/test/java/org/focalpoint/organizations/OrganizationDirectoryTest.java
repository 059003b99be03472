package org.focalpoint.organizations;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OrganizationDirectoryTest {

    @Test
    void typedWildcardsAndTheEscapeCharacterAreMatchedLiterally() {
        assertEquals("100\\% telecom\\_co\\\\", OrganizationDirectory.escapeLike("100% telecom_co\\"));
        assertEquals("plain name", OrganizationDirectory.escapeLike("plain name"));
    }
}
