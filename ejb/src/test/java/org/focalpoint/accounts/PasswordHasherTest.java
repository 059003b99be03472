package org.focalpoint.accounts;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordHasherTest {

    @Test
    void theRightPasswordMatchesAndAWrongOneDoesNot() {
        String stored = PasswordHasher.hash("correct horse battery".toCharArray());
        assertTrue(PasswordHasher.matches("correct horse battery".toCharArray(), stored));
        assertFalse(PasswordHasher.matches("correct horse batterY".toCharArray(), stored));
    }

    @Test
    void eachHashHasItsOwnSaltAndTheRequiredIterations() {
        String a = PasswordHasher.hash("same password".toCharArray());
        String b = PasswordHasher.hash("same password".toCharArray());
        assertNotEquals(a, b);
        assertTrue(a.startsWith("pbkdf2-sha256$600000$"), a);
    }

    @Test
    void somethingThatIsNotOurHashNeverMatches() {
        assertFalse(PasswordHasher.matches("x".toCharArray(), "plain-text-password"));
        assertFalse(PasswordHasher.matches("x".toCharArray(), "md5$1$abc$def"));
    }
}
