package org.focalpoint.accounts;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmailAddressTest {

    @Test
    void ordinaryAddressesAreValid() {
        assertTrue(EmailAddress.isValid("ada.lovelace@itu.int"));
        assertTrue(EmailAddress.isValid(" Ada+focal@Example.co.uk "));
    }

    @Test
    void typingMistakesAreCaught() {
        assertFalse(EmailAddress.isValid(null));
        assertFalse(EmailAddress.isValid(""));
        assertFalse(EmailAddress.isValid("ada"));
        assertFalse(EmailAddress.isValid("ada@itu"));
        assertFalse(EmailAddress.isValid("ada@@itu.int"));
        assertFalse(EmailAddress.isValid("ada lovelace@itu.int"));
        assertFalse(EmailAddress.isValid("ada@itu..int"));
        assertFalse(EmailAddress.isValid("x".repeat(250) + "@itu.int"));
    }
}
