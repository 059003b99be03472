package org.focalpoint.shop;

import org.focalpoint.RuleViolation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What withdrawing means, one edition per language and format, and what is a free download. */
class CatalogueRulesTest {

    private static Publication handbook() {
        return new Publication("100043228", "Handbook", ShopCategory.ITU_T, 2024, Instant.parse("2026-01-01T00:00:00Z"));
    }

    private static EditionData edition(EditionLanguage language, EditionFormat format, String price) {
        return new EditionData(language, format, new BigDecimal(price), null, null, Availability.AVAILABLE, null, null)
                .checked();
    }

    @Test
    void withdrawingAPublicationHidesItsEditionsAndReinstatingBringsBackThoseThatWereOffered() {
        Publication p = handbook();
        Edition english = p.addEdition(edition(EditionLanguage.ENGLISH, EditionFormat.PDF, "0"));
        Edition french = p.addEdition(edition(EditionLanguage.FRENCH, EditionFormat.PDF, "0"));
        french.withdraw();
        p.withdraw();
        assertFalse(english.isOffered());
        assertEquals("100043228 is already withdrawn.", assertThrows(RuleViolation.class, p::withdraw).getMessage());
        p.reinstate();
        assertTrue(english.isOffered());
        assertFalse(french.isOffered(), "an edition withdrawn on its own stays withdrawn");
        assertEquals("This edition is offered: there is nothing to reinstate.",
                assertThrows(RuleViolation.class, english::reinstate).getMessage());
    }

    @Test
    void oneEditionPerLanguageAndFormatWithdrawnOnesCounted() {
        Publication p = handbook();
        p.addEdition(edition(EditionLanguage.ENGLISH, EditionFormat.PDF, "0")).withdraw();
        assertEquals("100043228 already has an edition in English as PDF: edit that one instead.",
                assertThrows(RuleViolation.class, () -> p.addEdition(edition(EditionLanguage.ENGLISH, EditionFormat.PDF,
                        "5"))).getMessage());
        Edition print = p.addEdition(edition(EditionLanguage.ENGLISH, EditionFormat.PRINT, "5"));
        assertThrows(RuleViolation.class, () -> print.write(edition(EditionLanguage.ENGLISH, EditionFormat.PDF, "5")));
        assertEquals(EditionFormat.PRINT, print.getFormat(), "a refused change leaves the edition as it was");
        assertEquals(2, p.getEditions().size());
    }

    @Test
    void onlyAFreeOfferedPdfWithAMasterFileIsAFreeDownload() {
        Publication p = handbook();
        Edition free = p.addEdition(edition(EditionLanguage.ENGLISH, EditionFormat.PDF, "0"));
        Edition priced = p.addEdition(edition(EditionLanguage.FRENCH, EditionFormat.PDF, "10"));
        Edition print = p.addEdition(edition(EditionLanguage.ENGLISH, EditionFormat.PRINT, "0"));
        assertFalse(free.isFreeDownload(), "no master file yet");
        free.masterFile("a".repeat(64), 1000);
        priced.masterFile("b".repeat(64), 1000);
        assertTrue(free.isFreeDownload());
        assertFalse(priced.isFreeDownload());
        assertEquals("Only a PDF edition has a master file.",
                assertThrows(RuleViolation.class, () -> print.masterFile("c".repeat(64), 1)).getMessage());
        p.withdraw();
        assertFalse(free.isFreeDownload());
    }

    @Test
    void aPublicationsTextsAreStrippedAndTheirLengthsChecked() {
        PublicationData clean = new PublicationData(" 100043228 ", "  Handbook ", " ", null, "", ShopCategory.ITU_R,
                " Handbooks ", 2026, null, EditionLanguage.ARABIC).checked(2026);
        assertEquals("Handbook", clean.title());
        assertEquals(null, clean.subtitle());
        assertEquals("Handbooks", clean.series());
        assertEquals("The series can be at most 200 characters long.", assertThrows(RuleViolation.class,
                () -> new PublicationData(null, "T", null, null, null, ShopCategory.ITU_R, "s".repeat(201), 2026, null,
                        EditionLanguage.ARABIC).checked(2026)).getMessage());
        assertEquals("The year 2032 is not possible: a year from 1865 to 2031, please.", assertThrows(RuleViolation.class,
                () -> new PublicationData(null, "T", null, null, null, ShopCategory.ITU_R, null, 2032, null,
                        EditionLanguage.ARABIC).checked(2026)).getMessage());
    }
}
