package org.focalpoint.accounts;

import org.focalpoint.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordPolicyTest {

    private static final String EMAIL = "Maria.Rossi@example.org";

    @ParameterizedTest
    @ValueSource(strings = {
            "Tr0ub4dor&3x",                               // 12 characters, four kinds
            "tr0ub4dor&3x",                               // 12 characters, three kinds
            "correct horse battery staple",               // a passphrase: one kind is enough
            "abcdefghijklmnop",                           // 16 letters: long enough to need no mix
            "Grüße aus Genf 2026"})
    void acceptsAGoodPassword(String password) {
        assertDoesNotThrow(() -> PasswordPolicy.check(password, password, EMAIL));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''                 | Please choose a password.",
            "Sh0rt&sweet        | The password must have at least 12 characters.",
            "abcdefghijklmno    | must mix at least three of",
            "abcdefgh12345      | must mix at least three of",
            "ABCDEFGH!!!!!      | must mix at least three of",
            "XXmaria.rossi2026! | must not contain your e-mail address",
            "MARIA.ROSSI is here for long | must not contain your e-mail address"})
    void refusesAWeakPasswordSayingWhy(String password, String expected) {
        RuleViolation refused = assertThrows(RuleViolation.class, () -> PasswordPolicy.check(password, password, EMAIL));
        assertTrue(refused.getMessage().contains(expected), refused.getMessage());
    }

    @Test
    void refusesANullPassword() {
        assertEquals("Please choose a password.",
                assertThrows(RuleViolation.class, () -> PasswordPolicy.check(null, null, EMAIL)).getMessage());
    }

    @Test
    void lengthIsCountedInCharactersNotInJavaChars() {
        // 11 emoji take 22 chars but are 11 characters: too short
        String emoji = "\uD83D\uDE00".repeat(11);
        assertEquals("The password must have at least 12 characters.",
                assertThrows(RuleViolation.class, () -> PasswordPolicy.check(emoji, emoji, EMAIL)).getMessage());
    }

    @Test
    void refusesMoreThan128Characters() {
        String longest = "a".repeat(128);
        assertDoesNotThrow(() -> PasswordPolicy.check(longest, longest, EMAIL));
        String tooLong = longest + "b";
        assertEquals("The password must have at most 128 characters.",
                assertThrows(RuleViolation.class, () -> PasswordPolicy.check(tooLong, tooLong, EMAIL)).getMessage());
    }

    @Test
    void theConfirmationMustMatch() {
        assertEquals("The two passwords do not match.", assertThrows(RuleViolation.class,
                () -> PasswordPolicy.check("Tr0ub4dor&3x", "Tr0ub4dor&3X", EMAIL)).getMessage());
        assertEquals("The two passwords do not match.", assertThrows(RuleViolation.class,
                () -> PasswordPolicy.check("Tr0ub4dor&3x", null, EMAIL)).getMessage());
    }

    @Test
    void aVeryShortLocalPartIsNotForbidden() {
        // "jo" would forbid half the dictionary
        assertDoesNotThrow(() -> PasswordPolicy.check("Joyful jogging 2026", "Joyful jogging 2026", "jo@example.org"));
    }
}
