package org.focalpoint.accounts;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProfileFormTest {

    private static ProfileForm valid() {
        ProfileForm form = new ProfileForm();
        form.setGivenName("Ada");
        form.setFamilyName("Lovelace");
        form.setTitle("Dr");
        form.setPhone("+41 (22) 730-5111");
        form.setCountry("CH");
        form.setTimeZone("Europe/Zurich");
        return form;
    }

    @Test
    void theTimeZoneIsOneOfTheList() {
        ProfileForm form = valid();
        form.setTimeZone("Asia/Tokyo");
        assertTrue(form.problems().isEmpty());
        for (String unknown : new String[] {"Mars/Olympus_Mons", "CET", "GMT+3", "", null}) {
            form.setTimeZone(unknown);
            assertEquals(List.of("Please choose your time zone from the list."), form.problems(), unknown);
        }
    }

    @Test
    void aCompleteFormHasNoProblem() {
        assertTrue(valid().problems().isEmpty());
    }

    @Test
    void markupIsNotAProblem() {
        ProfileForm form = valid();
        form.setGivenName("<b>x</b>");
        assertTrue(form.problems().isEmpty());
    }

    @Test
    void namesAreRequired() {
        ProfileForm form = valid();
        form.setGivenName("  ");
        form.setFamilyName(null);
        assertEquals(java.util.List.of("Given name is required.", "Family name is required."), form.problems());
    }

    @Test
    void lengthsAreLimited() {
        ProfileForm form = valid();
        form.setFamilyName("x".repeat(101));
        form.setTitle("t".repeat(101));
        form.setPhone("1".repeat(51));
        assertEquals(java.util.List.of("Family name must be at most 100 characters.",
                "Title must be at most 100 characters.", "Phone must be at most 50 characters."), form.problems());
    }

    @Test
    void aNameOfExactlyTheLimitIsAccepted() {
        ProfileForm form = valid();
        form.setGivenName("x".repeat(100));
        assertTrue(form.problems().isEmpty());
    }

    @Test
    void phoneTakesOnlyDigitsSpacesAndPunctuationOfNumbers() {
        ProfileForm form = valid();
        form.setPhone("+41 22 CALL ME");
        assertEquals(java.util.List.of("Phone may contain only digits, spaces and + - ( )."), form.problems());
    }

    @Test
    void countryMustBeAnIsoCode() {
        ProfileForm form = valid();
        form.setCountry("XX");
        assertEquals(List.of("Please choose a country from the list."), form.problems());
        form.setCountry("ch");
        assertEquals(1, form.problems().size());
        form.setCountry(null);
        assertTrue(form.problems().isEmpty());
    }

    @Test
    void blanksAroundAreDroppedAndEmptyMeansNone() {
        assertEquals("Ada", ProfileForm.clean("  Ada "));
        assertNull(ProfileForm.clean("   "));
    }

    @Test
    void countriesAreNamedInEnglishInTheOrderOfTheirNames() {
        assertEquals("Switzerland", Countries.name("CH"));
        assertEquals("Afghanistan", Countries.byName().values().iterator().next());
        assertTrue(Countries.isKnown("FR"));
    }
}
