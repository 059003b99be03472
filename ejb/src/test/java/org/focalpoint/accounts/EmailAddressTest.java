package org.focalpoint.accounts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmailAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"ann@example.org", "Ann.Lee@Example.ORG", "a+focal@itu.int", "o'brien@mail.example.ie",
            "x@sub.domain.example.co.uk", " padded@example.org ", "user@münchen.de", "user@example.xn--p1ai",
            "first_last-1@ex-ample.org"})
    void acceptsAddressesPeopleHave(String address) {
        assertTrue(EmailAddress.isValid(address), address);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "ann", "ann@", "@example.org", "ann@example", "ann@@example.org", "ann@b@example.org",
            "ann lee@example.org", "ann@exa mple.org", ".ann@example.org", "ann.@example.org", "an..n@example.org",
            "ann@-example.org", "ann@example-.org", "ann@example..org", "ann@example.org.", "ann@example.c",
            "ann@example.123", "<script>@example.org", "ann@example.org\nBcc: x@example.org", "\"ann\"@example.org"})
    void refusesWhatCannotBeAMailbox(String address) {
        assertFalse(EmailAddress.isValid(address), String.valueOf(address));
    }

    @org.junit.jupiter.api.Test
    void refusesOverlongParts() {
        assertFalse(EmailAddress.isValid("a".repeat(65) + "@example.org"), "local part over 64");
        assertTrue(EmailAddress.isValid("a".repeat(64) + "@example.org"));
        String longDomain = ("d".repeat(60) + ".").repeat(5) + "org";
        assertFalse(EmailAddress.isValid("ann@" + longDomain), "over 254 in all");
    }

    @Test
    void casesFromTheProfilePage() {
        assertTrue(EmailAddress.isValid("ada.lovelace@itu.int"));
        assertTrue(EmailAddress.isValid(" Ada+focal@Example.co.uk "));
        assertFalse(EmailAddress.isValid(""));
        assertFalse(EmailAddress.isValid("ada"));
        assertFalse(EmailAddress.isValid("ada@itu"));
        assertFalse(EmailAddress.isValid("ada@@itu.int"));
        assertFalse(EmailAddress.isValid("ada lovelace@itu.int"));
        assertFalse(EmailAddress.isValid("ada@itu..int"));
        assertFalse(EmailAddress.isValid("x".repeat(250) + "@itu.int"));
    }
}
