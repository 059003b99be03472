package org.focalpoint.it;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.focalpoint.RuleViolation;
import org.focalpoint.accounts.Account;
import org.focalpoint.audit.AuditAction;
import org.focalpoint.audit.AuditEntry;
import org.focalpoint.audit.AuditLog;
import org.focalpoint.shop.Availability;
import org.focalpoint.shop.CatalogueHit;
import org.focalpoint.shop.CatalogueAdministration;
import org.focalpoint.shop.CatalogueImport;
import org.focalpoint.shop.CatalogueOversight;
import org.focalpoint.shop.OverseenPublication;
import org.focalpoint.shop.CatalogueQuery;
import org.focalpoint.shop.CatalogueSearch;
import org.focalpoint.shop.CatalogueSettings;
import org.focalpoint.shop.CatalogueSort;
import org.focalpoint.shop.Edition;
import org.focalpoint.shop.EditionData;
import org.focalpoint.shop.EditionFormat;
import org.focalpoint.shop.EditionLanguage;
import org.focalpoint.shop.Marked;
import org.focalpoint.shop.Publication;
import org.focalpoint.shop.PublicationData;
import org.focalpoint.shop.ShopCategory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Secretariat staff keep the catalogue through CatalogueAdministration: every change audited;
 * nobody else can; every bad input, upload or catalogue file refused with a clear message and
 * nothing written, neither a row nor a file in the data folder.
 */
@ExtendWith(ArquillianExtension.class)
class CatalogueAdministrationIT {

    private static final String ONLY_STAFF = "Only secretariat staff can manage the catalogue.";
    private static final String CHANGED_MEANWHILE =
            "Someone else changed this publication in the meantime. Please look at it again and repeat your change.";
    private static final String NOT_PDF = "This file is not a PDF that opens (or it is incomplete). Nothing was saved.";
    private static final String HEADER = "product_number,title,subtitle,abstract,keywords,category,series,year,"
            + "edition_statement,text_language,edition_language,format,price_chf,isbn,pages,availability,expected_on,"
            + "edition_title";

    @Deployment
    static EnterpriseArchive deployment() {
        return FocalPointDeployment.suite();
    }

    @PersistenceContext(unitName = "focalpoint")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Inject
    CatalogueAdministration administration;

    @Inject
    CatalogueOversight oversight;

    @Inject
    CatalogueSettings settings;

    @Inject
    AuditLog audit;

    @Inject
    CatalogueSearch search;

    private Account staff() throws Exception {
        tx.begin();
        Account staff = TestData.staff(em);
        tx.commit();
        return staff;
    }

    private Account person() throws Exception {
        tx.begin();
        Account account = TestData.activeAccount(em, TestData.uniqueEmail("not-staff"));
        tx.commit();
        return account;
    }

    private static PublicationData handbook(String number, String title) {
        return new PublicationData(number, title, "For operators", "How to measure the quality of service",
                "QoS; KPI", ShopCategory.ITU_T, "Handbooks", 2024, "Edition 2", EditionLanguage.ENGLISH);
    }

    private static EditionData edition(EditionLanguage language, EditionFormat format, String price) {
        return new EditionData(language, format, new BigDecimal(price), null, 120, Availability.AVAILABLE, null, null);
    }

    private Publication created(Account staff, String number) {
        return administration.create(staff, handbook(number, "Handbook " + number),
                List.of(edition(EditionLanguage.ENGLISH, EditionFormat.PDF, "0"),
                        edition(EditionLanguage.FRENCH, EditionFormat.PRINT, "52.00")));
    }

    private Publication stored(Long id) {
        em.getEntityManagerFactory().getCache().evictAll();
        em.clear();
        return em.find(Publication.class, id);
    }

    private Edition storedEdition(Publication p, EditionLanguage language, EditionFormat format) {
        return stored(p.getId()).getEditions().stream()
                .filter(e -> e.getLanguage() == language && e.getFormat() == format).findFirst().orElseThrow();
    }

    /** The titles the search finds for a product number: the index as pages read it. */
    private List<String> indexedTitles(String productNumber) {
        return search.search(new CatalogueQuery(productNumber, Set.of(), Set.of(), Set.of(), Set.of(), null, null, null,
                        null, false, false, CatalogueSort.RELEVANCE, 0, 10)).hits().stream()
                .map(CatalogueAdministrationIT::title).toList();
    }

    private static String title(CatalogueHit hit) {
        return hit.title().stream().map(Marked::text).collect(Collectors.joining());
    }

    private long publications() {
        return em.createQuery("select count(p) from Publication p", Long.class).getSingleResult();
    }

    private long editions() {
        return em.createQuery("select count(e) from Edition e", Long.class).getSingleResult();
    }

    private long auditEntries() {
        return em.createQuery("select count(a) from AuditEntry a", Long.class).getSingleResult();
    }

    /** Every file of the data folder, temporary ones included. */
    private TreeSet<String> dataFolder() throws IOException {
        Path folder = settings.dataDir();
        if (!Files.exists(folder)) {
            return new TreeSet<>();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).map(f -> folder.relativize(f).toString())
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /** What a refusal must leave as it was: the rows and the data folder. */
    private String everything() throws IOException {
        return publications() + " publications, " + editions() + " editions, " + auditEntries() + " audit entries, files "
                + dataFolder();
    }

    private static void refused(String expected, Executable call) {
        assertEquals(expected, assertThrows(RuleViolation.class, call).getMessage());
    }

    private List<String> actions(Class<?> type, Long id) {
        return audit.about(type, id).stream().map(AuditEntry::getAction).toList();
    }

    private static InputStream bytes(byte[] content) {
        return new ByteArrayInputStream(content);
    }

    private static InputStream text(String content) {
        return bytes(content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void someoneWhoIsNotStaffIsRefusedEverythingAndNothingIsWritten() throws Exception {
        Account staff = staff();
        Account person = person();
        Publication p = created(staff, CatalogueSamples.productNumber(97));
        Edition pdf = storedEdition(p, EditionLanguage.ENGLISH, EditionFormat.PDF);
        String before = everything();
        String number = CatalogueSamples.productNumber(97);
        refused(ONLY_STAFF, () -> administration.create(person, handbook(number, "Taken over"),
                List.of(edition(EditionLanguage.ENGLISH, EditionFormat.PDF, "0"))));
        refused(ONLY_STAFF, () -> administration.create(null, handbook(number, "Taken over"),
                List.of(edition(EditionLanguage.ENGLISH, EditionFormat.PDF, "0"))));
        refused(ONLY_STAFF, () -> administration.edit(person, p.getId(), p.getVersion(), handbook(null, "Taken over")));
        refused(ONLY_STAFF, () -> administration.withdraw(person, p.getId(), p.getVersion()));
        refused(ONLY_STAFF, () -> administration.addEdition(person, p.getId(), p.getVersion(),
                edition(EditionLanguage.ARABIC, EditionFormat.PDF, "0")));
        refused(ONLY_STAFF, () -> administration.uploadMasterFile(person, pdf.getId(), pdf.getVersion(),
                bytes(CatalogueSamples.pdf(1))));
        refused(ONLY_STAFF, () -> administration.uploadCover(person, p.getId(), p.getVersion(),
                bytes(CatalogueSamples.png(300, 400))));
        refused(ONLY_STAFF, () -> administration.importCatalogue(person, "catalogue.csv",
                text(HEADER + "\n" + number + ",T,,,,ITU-T,,2024,,en,en,PDF,0,,,,,\n")));
        refused(ONLY_STAFF, () -> administration.publication(person, p.getId()));
        refused(ONLY_STAFF, () -> oversight.page(person, "", 0, 10));
        refused(ONLY_STAFF, () -> oversight.count(person, ""));
        assertEquals(before, everything());
        refused("The product number " + p.getProductNumber() + " is already in the catalogue.",
                () -> created(staff, p.getProductNumber()));
        assertEquals("Handbook " + p.getProductNumber(), stored(p.getId()).getTitle());
        assertEquals(List.of("Handbook " + p.getProductNumber()), indexedTitles(p.getProductNumber()));
    }

    @Test
    void staffCreateEditWithdrawAndReinstateAndEveryChangeIsAudited() throws Exception {
        Account staff = staff();
        String number = CatalogueSamples.productNumber(97);
        Publication p = created(staff, number);
        assertEquals(List.of("Handbook " + number), indexedTitles(number), "search finds a committed change at once");
        Publication first = stored(p.getId());
        assertEquals(number, first.getProductNumber());
        assertEquals(2, first.getEditions().size());
        assertTrue(storedEdition(p, EditionLanguage.ENGLISH, EditionFormat.PDF).isFree());
        AuditEntry entry = audit.about(Publication.class, p.getId()).get(0);
        assertEquals(AuditAction.PUBLICATION_CREATED.name(), entry.getAction());
        assertEquals(staff.getId(), entry.getActor().getId());
        assertTrue(entry.getDetail().startsWith(number + " Handbook " + number + ", ITU_T, 2024"), entry.getDetail());

        administration.edit(staff, p.getId(), first.getVersion(), new PublicationData("ignored", "Renamed handbook",
                null, null, null, ShopCategory.ITU_D, null, 2025, null, EditionLanguage.FRENCH));
        Publication edited = stored(p.getId());
        assertEquals("Renamed handbook", edited.getTitle());
        assertEquals(number, edited.getProductNumber(), "the product number never changes");
        assertEquals(ShopCategory.ITU_D, edited.getCategory());
        assertNull(edited.getSeries());
        assertEquals(EditionLanguage.FRENCH, edited.getTextLanguage());
        assertEquals(List.of("Renamed handbook"), indexedTitles(number));
        refused(CHANGED_MEANWHILE, () -> administration.edit(staff, p.getId(), first.getVersion(),
                handbook(null, "Lost change")));

        Edition spanish = administration.addEdition(staff, p.getId(), edited.getVersion(),
                new EditionData(EditionLanguage.SPANISH, EditionFormat.PDF, new BigDecimal("30"), "978-92-61-12345-1",
                        90, Availability.FORTHCOMING, LocalDate.of(2027, 3, 1), "Manual de calidad"));
        Edition print = storedEdition(p, EditionLanguage.FRENCH, EditionFormat.PRINT);
        administration.editEdition(staff, print.getId(), print.getVersion(), new EditionData(EditionLanguage.FRENCH,
                EditionFormat.PRINT, new BigDecimal("48.50"), null, 130, Availability.OUT_OF_PRINT, null, null));
        assertEquals(new BigDecimal("48.50"), storedEdition(p, EditionLanguage.FRENCH, EditionFormat.PRINT).getPrice());
        Edition stale = print;
        refused(CHANGED_MEANWHILE, () -> administration.editEdition(staff, stale.getId(), stale.getVersion(),
                edition(EditionLanguage.FRENCH, EditionFormat.PRINT, "1")));

        Edition storedSpanish = storedEdition(p, EditionLanguage.SPANISH, EditionFormat.PDF);
        assertEquals("9789261123451", storedSpanish.getIsbn());
        assertEquals("Manual de calidad", storedSpanish.displayTitle());
        administration.withdrawEdition(staff, spanish.getId(), storedSpanish.getVersion());
        assertTrue(storedEdition(p, EditionLanguage.SPANISH, EditionFormat.PDF).isWithdrawn());
        refused("This edition is already withdrawn.", () -> administration.withdrawEdition(staff, spanish.getId(),
                storedEdition(p, EditionLanguage.SPANISH, EditionFormat.PDF).getVersion()));
        administration.reinstateEdition(staff, spanish.getId(),
                storedEdition(p, EditionLanguage.SPANISH, EditionFormat.PDF).getVersion());

        administration.withdraw(staff, p.getId(), stored(p.getId()).getVersion());
        Publication withdrawn = stored(p.getId());
        assertTrue(withdrawn.isWithdrawn());
        assertEquals(List.of(), indexedTitles(number), "a withdrawn publication is not found");
        assertFalse(withdrawn.getEditions().get(0).isOffered(), "a withdrawn publication offers no edition");
        administration.reinstate(staff, p.getId(), withdrawn.getVersion());
        assertFalse(stored(p.getId()).isWithdrawn());
        assertEquals(List.of("Renamed handbook"), indexedTitles(number), "a reinstated one is found again");
        refused(number + " is offered: there is nothing to reinstate.",
                () -> administration.reinstate(staff, p.getId(), stored(p.getId()).getVersion()));

        assertEquals(List.of("PUBLICATION_CREATED", "PUBLICATION_EDITED", "PUBLICATION_WITHDRAWN",
                "PUBLICATION_REINSTATED"), actions(Publication.class, p.getId()));
        assertEquals(List.of("EDITION_ADDED", "EDITION_WITHDRAWN", "EDITION_REINSTATED"),
                actions(Edition.class, spanish.getId()));
        assertEquals(List.of("EDITION_EDITED"), actions(Edition.class, print.getId()));
        assertTrue(audit.about(Publication.class, p.getId()).get(1).getDetail().contains("; now: " + number
                + " Renamed handbook, ITU_D, 2025"));
    }

    @Test
    void aStaffChangeRolledBackWithItsTransactionIsNeverFound() throws Exception {
        Account staff = staff();
        String number = CatalogueSamples.productNumber(97);
        long before = publications();
        tx.begin();
        try {
            created(staff, number);
        } finally {
            tx.rollback();
        }
        assertEquals(before, publications());
        assertEquals(List.of(), indexedTitles(number));
    }

    @Test
    void aDuplicateProductNumberOrASecondEditionOfTheSameLanguageAndFormatIsRefused() throws Exception {
        Account staff = staff();
        String number = CatalogueSamples.productNumber(97);
        Publication p = created(staff, number);
        String before = everything();
        refused("The product number " + number + " is already in the catalogue.", () -> created(staff, number));
        refused(number + " already has an edition in English as PDF: edit that one instead.",
                () -> administration.addEdition(staff, p.getId(), p.getVersion(),
                        edition(EditionLanguage.ENGLISH, EditionFormat.PDF, "10")));
        Edition print = storedEdition(p, EditionLanguage.FRENCH, EditionFormat.PRINT);
        refused(number + " already has an edition in English as PDF: edit that one instead.",
                () -> administration.editEdition(staff, print.getId(), print.getVersion(),
                        edition(EditionLanguage.ENGLISH, EditionFormat.PDF, "10")));
        String other = CatalogueSamples.productNumber(97);
        refused(other + " already has an edition in Arabic as print: edit that one instead.",
                () -> administration.create(staff, handbook(other, "Twice"), List.of(
                        edition(EditionLanguage.ARABIC, EditionFormat.PRINT, "1"),
                        edition(EditionLanguage.ARABIC, EditionFormat.PRINT, "2"))));
        assertEquals(before, everything());
    }

    @Test
    void badPublicationsAndEditionsAreRefusedAndNothingIsWritten() throws Exception {
        Account staff = staff();
        Publication p = created(staff, CatalogueSamples.productNumber(97));
        String before = everything();
        String number = CatalogueSamples.productNumber(97);
        List<EditionData> one = List.of(edition(EditionLanguage.ENGLISH, EditionFormat.PDF, "0"));
        refused("A product number has nine digits, such as 100043228; \"12345\" has not.",
                () -> administration.create(staff, handbook("12345", "T"), one));
        refused("Please enter the title of the publication.", () -> administration.create(staff, handbook(number, " "), one));
        refused("The title can be at most 500 characters long.",
                () -> administration.create(staff, handbook(number, "x".repeat(501)), one));
        refused("A publication needs at least one edition.",
                () -> administration.create(staff, handbook(number, "T"), List.of()));
        refused("A price is zero (free) or more, in CHF.", () -> administration.create(staff, handbook(number, "T"),
                List.of(edition(EditionLanguage.ENGLISH, EditionFormat.PDF, "-1"))));
        refused("Please enter the price in CHF (0 for a free edition).", () -> administration.addEdition(staff,
                p.getId(), p.getVersion(), new EditionData(EditionLanguage.ARABIC, EditionFormat.PDF, null, null, null,
                        Availability.AVAILABLE, null, null)));
        refused("Please give the day a forthcoming edition is expected.", () -> administration.addEdition(staff,
                p.getId(), p.getVersion(), new EditionData(EditionLanguage.ARABIC, EditionFormat.PDF, BigDecimal.ONE,
                        null, null, Availability.FORTHCOMING, null, null)));
        refused("The year 1600 is not possible: a year from 1865 to " + (LocalDate.now().getYear() + 5) + ", please.",
                () -> administration.edit(staff, p.getId(), p.getVersion(), new PublicationData(null, "T", null, null,
                        null, ShopCategory.ITU_T, null, 1600, null, EditionLanguage.ENGLISH)));
        assertEquals(before, everything());
    }

    @Test
    void theDataFolderIsInTheServersDataFolderByDefault() {
        assertEquals(Path.of(System.getProperty("jboss.server.data.dir"), "focalpoint", "catalogue"), settings.dataDir());
    }

    @Test
    void aRealPdfBecomesTheMasterFileNamedByItsDigestAndAnythingElseLeavesNothing() throws Exception {
        Account staff = staff();
        Publication p = created(staff, CatalogueSamples.productNumber(97));
        Edition pdf = storedEdition(p, EditionLanguage.ENGLISH, EditionFormat.PDF);
        Edition print = storedEdition(p, EditionLanguage.FRENCH, EditionFormat.PRINT);
        String before = everything();
        byte[] truncated = CatalogueSamples.pdf(2);
        List<Object[]> bad = List.of(
                new Object[]{NOT_PDF, "Minutes of the meeting, saved as notes.pdf".getBytes(StandardCharsets.UTF_8)},
                new Object[]{NOT_PDF, java.util.Arrays.copyOf(truncated, truncated.length / 2)},
                new Object[]{NOT_PDF, CatalogueSamples.png(300, 400)},
                new Object[]{"The file is empty. Nothing was saved.", new byte[0]});
        for (Object[] c : bad) {
            refused((String) c[0], () -> administration.uploadMasterFile(staff, pdf.getId(), pdf.getVersion(),
                    bytes((byte[]) c[1])));
        }
        refused("The file is larger than 100 MB, the most that can be uploaded here. Nothing was saved.",
                () -> administration.uploadMasterFile(staff, pdf.getId(), pdf.getVersion(),
                        CatalogueSamples.pdfOfSize(settings.masterFileMaxBytes() + 1)));
        refused("Only a PDF edition has a master file.", () -> administration.uploadMasterFile(staff, print.getId(),
                print.getVersion(), bytes(CatalogueSamples.pdf(1))));
        assertEquals(before, everything());
        assertNull(storedEdition(p, EditionLanguage.ENGLISH, EditionFormat.PDF).getMasterFile());

        byte[] handbook = CatalogueSamples.pdf(3);
        administration.uploadMasterFile(staff, pdf.getId(), pdf.getVersion(), bytes(handbook));
        Edition uploaded = storedEdition(p, EditionLanguage.ENGLISH, EditionFormat.PDF);
        String digest = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(handbook));
        assertEquals(digest, uploaded.getMasterFile());
        assertEquals(handbook.length, uploaded.getMasterFileSize());
        Path file = settings.dataDir().resolve("master-files").resolve(digest);
        assertTrue(java.util.Arrays.equals(handbook, Files.readAllBytes(file)));
        assertTrue(dataFolder().stream().noneMatch(name -> name.endsWith(".part")), dataFolder().toString());
        AuditEntry entry = audit.about(Edition.class, pdf.getId()).get(0);
        assertEquals(AuditAction.MASTER_FILE_UPLOADED.name(), entry.getAction());
        assertTrue(entry.getDetail().contains(digest + ", " + handbook.length + " bytes, 3 pages"), entry.getDetail());
        refused(CHANGED_MEANWHILE, () -> administration.uploadMasterFile(staff, pdf.getId(), pdf.getVersion(),
                bytes(CatalogueSamples.pdf(1))));
    }

    @Test
    void aPngBecomesTheCoverAndGarbageLeavesNothing() throws Exception {
        Account staff = staff();
        Publication p = created(staff, CatalogueSamples.productNumber(97));
        String before = everything();
        String notImage = "A cover must be a PNG or JPEG image; this file is not one that opens. Nothing was saved.";
        refused(notImage, () -> administration.uploadCover(staff, p.getId(), p.getVersion(),
                text("not a picture, named cover.png")));
        refused(notImage, () -> administration.uploadCover(staff, p.getId(), p.getVersion(),
                bytes(CatalogueSamples.pdf(1))));
        refused("The image is 20 × 400 pixels; a cover's sides must be between 100 and 5000 pixels. Nothing was saved.",
                () -> administration.uploadCover(staff, p.getId(), p.getVersion(), bytes(CatalogueSamples.png(20, 400))));
        refused("The file is larger than 5 MB, the most that can be uploaded here. Nothing was saved.",
                () -> administration.uploadCover(staff, p.getId(), p.getVersion(),
                        CatalogueSamples.pdfOfSize(settings.coverMaxBytes() + 1)));
        assertEquals(before, everything());

        byte[] cover = CatalogueSamples.png(300, 420);
        administration.uploadCover(staff, p.getId(), p.getVersion(), bytes(cover));
        Publication covered = stored(p.getId());
        assertEquals("image/png", covered.getCoverType());
        assertTrue(Files.isRegularFile(settings.dataDir().resolve("covers").resolve(covered.getCoverImage())));
        assertEquals(List.of("PUBLICATION_CREATED", "COVER_UPLOADED"), actions(Publication.class, p.getId()));
    }

    private String row(String number, String language, String format, String price) {
        return number + ",\"Handbook " + number + ", imported\",,Abstract,QoS,ITU-T,Handbooks,2024,,en," + language
                + "," + format + "," + price + ",,100,AVAILABLE,,";
    }

    @Test
    void aGoodCatalogueFileIsImportedInOneGoWithAnAuditEntryPerPublication() throws Exception {
        Account staff = staff();
        String a = CatalogueSamples.productNumber(98);
        String b = CatalogueSamples.productNumber(98);
        long publicationsBefore = publications();
        String file = "\uFEFF" + HEADER + "\r\n" + row(a, "en", "PDF", "0") + "\r\n" + row(a, "fr", "PRINT", "52.00")
                + "\r\n" + a + ",,,,,,,,,,zh,PDF,0,,,,,手册\r\n" + row(b, "ar", "OTHER", "12.5") + "\r\n";
        CatalogueImport.Plan plan = administration.importCatalogue(staff, "catalogue.csv", text(file));
        assertTrue(plan.acceptable(), plan.lines().toString());
        assertEquals(publicationsBefore + 2, publications());
        Publication first = em.createQuery("select p from Publication p where p.productNumber = :n", Publication.class)
                .setParameter("n", a).getSingleResult();
        assertEquals(List.of("Handbook " + a + ", imported"), indexedTitles(a), "search finds what was imported at once");
        assertEquals("Handbook " + a + ", imported", first.getTitle());
        assertEquals(3, first.getEditions().size());
        assertEquals("手册", first.getEditions().stream().filter(e -> e.getLanguage() == EditionLanguage.CHINESE)
                .findFirst().orElseThrow().displayTitle());
        assertEquals(List.of("PUBLICATION_CREATED"), actions(Publication.class, first.getId()));
        assertTrue(audit.about(Publication.class, first.getId()).get(0).getDetail().endsWith("imported from catalogue.csv"));
        List<AuditEntry> imports = em.createQuery("select a from AuditEntry a where a.action = :action"
                + " and a.detail like :file order by a.id desc", AuditEntry.class)
                .setParameter("action", AuditAction.CATALOGUE_IMPORTED.name())
                .setParameter("file", "catalogue.csv: 2 publications, 4 editions: %" + b + "%").getResultList();
        assertEquals(1, imports.size());
    }

    @Test
    void everyBadCatalogueFileIsRefusedWithAClearMessageAndNothingIsImported() throws Exception {
        Account staff = staff();
        String taken = created(staff, CatalogueSamples.productNumber(97)).getProductNumber();
        String a = CatalogueSamples.productNumber(98);
        String b = CatalogueSamples.productNumber(98);
        String good = row(a, "en", "PDF", "0");
        String before = everything();

        List<String[]> wholeFile = List.of(
                new String[]{"The first row must be exactly this header: " + HEADER + ". Nothing was imported.",
                        HEADER.replace("price_chf", "price") + "\n" + good},
                new String[]{"The file is empty. Nothing was imported.", ""},
                new String[]{"The file has its header but no rows. Nothing was imported.", HEADER + "\n"},
                new String[]{"The file is not a text file (it holds control characters): please upload a CSV file. "
                        + "Nothing was imported.", HEADER + "\n" + good.replace(",Abstract,", ",Abs\u0001tract,")},
                new String[]{"The file has more than " + settings.importMaxRows() + " rows, the most one import takes: "
                        + "please split it. Nothing was imported.",
                        HEADER + "\n" + tooMany(settings.importMaxRows() + 1)});
        for (String[] c : wholeFile) {
            refused(c[0], () -> administration.importCatalogue(staff, "bad.csv", text(c[1])));
        }
        refused("The file is not text in UTF-8: save it from your spreadsheet as \"CSV UTF-8\". Nothing was imported.",
                () -> administration.importCatalogue(staff, "latin1.csv", bytes((HEADER + "\n" + good
                        .replace("Abstract", "Qualit\u00e9")).getBytes(StandardCharsets.ISO_8859_1))));
        refused("The file is not text in UTF-8: save it from your spreadsheet as \"CSV UTF-8\". Nothing was imported.",
                () -> administration.importCatalogue(staff, "cover.png", bytes(CatalogueSamples.png(200, 200))));

        List<String[]> rows = List.of(
                new String[]{"The product number " + taken + " is already in the catalogue.", row(taken, "en", "PDF", "0")},
                new String[]{"The product number " + a + " is used again here, after other rows: its rows must follow "
                        + "one another from row 2.", row(b, "en", "PDF", "0") + "\n" + row(a, "fr", "PDF", "0")},
                new String[]{"A price is zero (free) or more, in CHF.", row(b, "en", "PDF", "-5")},
                new String[]{"Unknown language \"de\": one of the codes ar, zh, en, fr, ru, es, please.", row(b, "de", "PDF", "0")},
                new String[]{"This row has 17 columns; the header has 18.", row(b, "en", "PDF", "0").substring(0,
                        row(b, "en", "PDF", "0").length() - 1)},
                new String[]{"This row has 19 columns; the header has 18.", row(b, "en", "PDF", "0") + ","},
                new String[]{"The column abstract can be at most 10000 characters long.",
                        row(b, "en", "PDF", "0").replace(",Abstract,", "," + "a".repeat(10_001) + ",")},
                new String[]{"\"20x4\" is not a year: four digits, please.", row(b, "en", "PDF", "0").replace(",2024,", ",20x4,")});
        for (String[] c : rows) {
            CatalogueImport.Plan plan = administration.importCatalogue(staff, "bad.csv",
                    text(HEADER + "\n" + good + "\n" + c[1] + "\n"));
            assertFalse(plan.acceptable(), c[0]);
            List<String> reasons = new ArrayList<>();
            plan.lines().stream().filter(l -> !l.taken()).forEach(l -> reasons.add(l.refusal().getMessage()));
            assertEquals(List.of(c[0]), reasons);
            assertTrue(plan.lines().get(0).taken(), "the good row is reported as fine");
            assertEquals(2L, plan.lines().get(0).row());
        }
        assertEquals(before, everything());
        assertEquals(0L, em.createQuery("select count(p) from Publication p where p.productNumber in :n", Long.class)
                .setParameter("n", List.of(a, b)).getSingleResult());
    }

    private static String tooMany(int rows) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < rows; i++) {
            text.append(String.format("96%07d", i)).append(",T,,,,ITU-T,,2024,,en,en,PDF,0,,,,,\n");
        }
        return text.toString();
    }

    @Test
    void theStaffListFindsAPublicationByWordsOrProductNumberWithdrawnOnesToo() throws Exception {
        Account staff = staff();
        String number = CatalogueSamples.productNumber(97);
        Publication p = created(staff, number);
        administration.withdraw(staff, p.getId(), p.getVersion());
        assertEquals(1, oversight.count(staff, number));
        OverseenPublication line = oversight.page(staff, "handbook " + number, 0, 10).get(0);
        assertEquals(p.getId(), line.id());
        assertEquals(2, line.editions());
        assertTrue(line.withdrawn());
        assertEquals(0, oversight.count(staff, "handbook " + number + " unheard-of"));
        assertNotNull(oversight.page(staff, "%_!", 0, 10));
    }
}
