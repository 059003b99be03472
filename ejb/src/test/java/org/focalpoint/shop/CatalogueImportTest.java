package org.focalpoint.shop;

import org.focalpoint.RuleViolation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading a catalogue file and checking its rows: what is taken, what is refused and why, before anything is stored. */
class CatalogueImportTest {

    static final String HEADER = "product_number,title,subtitle,abstract,keywords,category,series,year,"
            + "edition_statement,text_language,edition_language,format,price_chf,isbn,pages,availability,expected_on,"
            + "edition_title";
    static final String ENGLISH_PDF = "100043228,\"Quality of service, a handbook\",For operators,"
            + "How to measure it,QoS;KPI,ITU-T,Handbooks,2024,Edition 2,en,en,PDF,0,978-92-61-12345-1,120,AVAILABLE,,";
    static final String FRENCH_PRINT = "100043228,,,,,,,,,,fr,PRINT,52.00,,130,FORTHCOMING,2027-03-01,"
            + "\"Qualité de service, un manuel\"";
    static final long MAX_BYTES = 1_000_000;
    static final int MAX_ROWS = 100;
    static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");

    private static List<CatalogueFile.Row> read(String text) {
        return CatalogueFile.rows(text.getBytes(StandardCharsets.UTF_8), MAX_BYTES, MAX_ROWS);
    }

    private static CatalogueImport.Plan plan(String... rows) {
        return plan(Set.of(), rows);
    }

    private static CatalogueImport.Plan plan(Set<String> inCatalogue, String... rows) {
        return CatalogueImport.plan(read(HEADER + "\r\n" + String.join("\r\n", rows) + "\r\n"), inCatalogue, 2026, NOW);
    }

    private static String refusedFile(byte[] content) {
        return assertThrows(RuleViolation.class, () -> CatalogueFile.rows(content, MAX_BYTES, MAX_ROWS)).getMessage();
    }

    private static String refusedFile(String text) {
        return refusedFile(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String reason(CatalogueImport.Plan plan, int line) {
        RuleViolation refusal = plan.lines().get(line).refusal();
        return refusal == null ? null : refusal.getMessage();
    }

    @Test
    void rowsWithTheSameProductNumberMakeOnePublicationWithItsEditions() {
        CatalogueImport.Plan plan = plan(ENGLISH_PDF, FRENCH_PRINT);
        assertTrue(plan.acceptable(), () -> plan.lines().toString());
        assertEquals(1, plan.publications().size());
        Publication p = plan.publications().get(0);
        assertEquals("100043228", p.getProductNumber());
        assertEquals("Quality of service, a handbook", p.getTitle());
        assertEquals(ShopCategory.ITU_T, p.getCategory());
        assertEquals("Handbooks", p.getSeries());
        assertEquals(2024, p.getYear());
        assertEquals(EditionLanguage.ENGLISH, p.getTextLanguage());
        assertEquals(2, p.getEditions().size());
        Edition english = p.getEditions().get(0);
        assertTrue(english.isFree());
        assertEquals("9789261123451", english.getIsbn());
        Edition french = p.getEditions().get(1);
        assertEquals(new BigDecimal("52.00"), french.getPrice());
        assertEquals(Availability.FORTHCOMING, french.getAvailability());
        assertEquals("Qualité de service, un manuel", french.displayTitle());
        assertEquals(List.of(2L, 3L), plan.lines().stream().map(CatalogueImport.Line::row).toList());
    }

    @Test
    void theSampleTheImportPageShowsIsAGoodFile() {
        CatalogueImport.Plan plan = CatalogueImport.plan(read(String.join("\r\n", CatalogueFile.SAMPLE)), Set.of(),
                2026, NOW);
        assertTrue(plan.acceptable(), () -> plan.lines().toString());
        assertEquals(2, plan.publications().get(0).getEditions().size());
    }

    @Test
    void aByteOrderMarkAndAHeaderInCapitalsAreFine() {
        List<CatalogueFile.Row> rows = read("\uFEFF" + HEADER.toUpperCase() + "\n" + ENGLISH_PDF + "\n");
        assertEquals(1, rows.size());
    }

    @Test
    void aWrongHeaderIsRefusedAndNamesTheRightOne() {
        String message = refusedFile(HEADER.replace("price_chf", "price") + "\n" + ENGLISH_PDF);
        assertTrue(message.startsWith("The first row must be exactly this header: product_number,title,"), message);
        assertTrue(message.contains(",price_chf,"), message);
    }

    @Test
    void anEmptyFileOrAHeaderAloneIsRefused() {
        assertEquals("The file is empty. Nothing was imported.", refusedFile(""));
        assertEquals("The file is empty. Nothing was imported.", refusedFile("\uFEFF \r\n"));
        assertEquals("The file has its header but no rows. Nothing was imported.", refusedFile(HEADER + "\r\n"));
    }

    @Test
    void aFileThatIsNotTextIsRefused() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        assertTrue(refusedFile(png).startsWith("The file is not text in UTF-8"));
        byte[] latin1 = (HEADER + "\n100043228,Qualit\u00e9").getBytes(StandardCharsets.ISO_8859_1);
        assertTrue(refusedFile(latin1).startsWith("The file is not text in UTF-8"));
        assertTrue(refusedFile(HEADER + "\n1000\u0000" + ENGLISH_PDF).startsWith("The file is not a text file"));
    }

    @Test
    void aQuoteLeftOpenIsRefused() {
        assertTrue(refusedFile(HEADER + "\n100043228,\"Quality of service").startsWith("The file cannot be read as CSV"));
    }

    @Test
    void tooManyRowsOrBytesAreRefusedWithTheLimit() {
        String rows = HEADER + "\n" + (ENGLISH_PDF + "\n").repeat(MAX_ROWS + 1);
        assertEquals("The file has more than 100 rows, the most one import takes: please split it. Nothing was imported.",
                refusedFile(rows));
        byte[] big = (HEADER + "\n" + ENGLISH_PDF).getBytes(StandardCharsets.UTF_8);
        RuleViolation refused = assertThrows(RuleViolation.class, () -> CatalogueFile.rows(big, 100, MAX_ROWS));
        assertTrue(refused.getMessage().startsWith("The file is larger than 0.0 MB") || refused.getMessage()
                .startsWith("The file is larger than"), refused.getMessage());
    }

    @Test
    void aRowWithTooFewOrTooManyColumnsIsRefused() {
        CatalogueImport.Plan plan = plan(ENGLISH_PDF + ",extra", "100043229,Title");
        assertFalse(plan.acceptable());
        assertEquals("This row has 19 columns; the header has 18.", reason(plan, 0));
        assertEquals("This row has 2 columns; the header has 18.", reason(plan, 1));
    }

    @Test
    void anOverLongFieldIsRefusedNamingItsColumn() {
        CatalogueImport.Plan plan = plan(ENGLISH_PDF.replace("For operators", "x".repeat(501)));
        assertEquals("The column subtitle can be at most 500 characters long.", reason(plan, 0));
    }

    @Test
    void aNegativePriceIsRefused() {
        CatalogueImport.Plan plan = plan(ENGLISH_PDF.replace(",PDF,0,", ",PDF,-5,"));
        assertEquals("A price is zero (free) or more, in CHF.", reason(plan, 0));
        assertTrue(plan(ENGLISH_PDF.replace(",PDF,0,", ",PDF,cheap,")).lines().get(0).refusal().getMessage()
                .startsWith("\"cheap\" is not a price"));
    }

    @Test
    void anUnknownLanguageIsRefusedNamingTheCodes() {
        CatalogueImport.Plan plan = plan(ENGLISH_PDF.replace(",en,en,PDF,", ",en,de,PDF,"));
        assertEquals("Unknown language \"de\": one of the codes ar, zh, en, fr, ru, es, please.", reason(plan, 0));
        assertTrue(reason(plan(ENGLISH_PDF.replace(",en,en,PDF,", ",xx,en,PDF,")), 0).startsWith("Unknown language \"xx\""));
    }

    @Test
    void aYearThatIsNotAYearIsRefused() {
        assertEquals("\"24\" is not a year: four digits, please.", reason(plan(ENGLISH_PDF.replace(",2024,", ",24,")), 0));
        assertEquals("\"MMXXIV\" is not a year: four digits, please.",
                reason(plan(ENGLISH_PDF.replace(",2024,", ",MMXXIV,")), 0));
        assertEquals("The year 1200 is not possible: a year from 1865 to 2031, please.",
                reason(plan(ENGLISH_PDF.replace(",2024,", ",1200,")), 0));
    }

    @Test
    void aProductNumberInTheCatalogueIsRefused() {
        CatalogueImport.Plan plan = plan(Set.of("100043228"), ENGLISH_PDF, FRENCH_PRINT);
        assertEquals("The product number 100043228 is already in the catalogue.", reason(plan, 0));
        assertEquals("The product number 100043228 is already in the catalogue.", reason(plan, 1));
    }

    @Test
    void aProductNumberUsedAgainAfterOtherRowsIsRefused() {
        String other = ENGLISH_PDF.replace("100043228", "100043229");
        CatalogueImport.Plan plan = plan(ENGLISH_PDF, other, FRENCH_PRINT);
        assertTrue(plan.lines().get(0).taken());
        assertTrue(plan.lines().get(1).taken());
        assertEquals("The product number 100043228 is used again here, after other rows: its rows must follow one "
                + "another from row 2.", reason(plan, 2));
    }

    @Test
    void theSameLanguageAndFormatTwiceIsRefused() {
        CatalogueImport.Plan plan = plan(ENGLISH_PDF, ENGLISH_PDF);
        assertTrue(plan.lines().get(0).taken());
        assertEquals("100043228 already has an edition in English as PDF: edit that one instead.", reason(plan, 1));
    }

    @Test
    void aLaterRowThatSaysAnotherTitleIsRefused() {
        CatalogueImport.Plan plan = plan(ENGLISH_PDF, FRENCH_PRINT.replace("100043228,,", "100043228,Another title,"));
        assertEquals("The column title differs from the first row of this publication, row 2: leave it blank or repeat it.",
                reason(plan, 1));
    }

    @Test
    void unknownCodesAndBadNumbersAreRefusedInWords() {
        assertTrue(reason(plan(ENGLISH_PDF.replace(",ITU-T,", ",ITU-X,")), 0).startsWith("Unknown category \"ITU-X\""));
        assertTrue(reason(plan(ENGLISH_PDF.replace(",PDF,", ",EPUB,")), 0).startsWith("Unknown format \"EPUB\""));
        assertEquals("\"many\" is not a number of pages.", reason(plan(ENGLISH_PDF.replace(",120,", ",many,")), 0));
        assertEquals("\"1 March\" is not a day: yyyy-mm-dd, please.",
                reason(plan(FRENCH_PRINT.replace("2027-03-01", "1 March").replace("100043228,,,,,,,,,,",
                        ENGLISH_PDF.substring(0, ENGLISH_PDF.indexOf(",en,en,") + 4))), 0));
        assertEquals("Please give the day a forthcoming edition is expected.",
                reason(plan(ENGLISH_PDF.replace(",AVAILABLE,", ",FORTHCOMING,")), 0));
        assertEquals("\"978-92-61-12345-2\" is not a valid ISBN: please check its digits.",
                reason(plan(ENGLISH_PDF.replace("12345-1", "12345-2")), 0));
        assertEquals("A product number has nine digits, such as 100043228; \"10004322\" has not.",
                reason(plan(ENGLISH_PDF.replace("100043228", "10004322")), 0));
        assertEquals("Please enter the title of the publication.",
                reason(plan(ENGLISH_PDF.replace("\"Quality of service, a handbook\"", "")), 0));
    }

    @Test
    void everyRowIsReportedEvenAfterARefusal() {
        String bad = ENGLISH_PDF.replace("100043228", "100043229").replace(",PDF,0,", ",PDF,-1,");
        String good = ENGLISH_PDF.replace("100043228", "100043230");
        CatalogueImport.Plan plan = plan(bad, good);
        assertFalse(plan.acceptable());
        assertEquals(2, plan.lines().size());
        assertNull(plan.lines().get(1).refusal());
        assertEquals("100043229", plan.lines().get(0).productNumber());
    }
}
