package org.focalpoint.it;

import jakarta.persistence.EntityManager;
import org.focalpoint.consent.ConsentService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Through the pages in headless Chromium: staff create a publication with its first edition, add
 * a second, upload the PDF edition's master file (a text file named .pdf first, which is refused),
 * find the publication in the catalogue list, withdraw it after confirming, and import a catalogue
 * file whose bad row is reported while nothing is imported.
 */
@BrowserTest
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaffCataloguePageIT implements ServerFixture {

    static final String STAFF_PASSWORD = "Staff-Office-Desk-2026";
    private static final Path SHOTS = Path.of("target", "screenshots");

    @Deployment
    static EnterpriseArchive deployment() {
        return FocalPointDeployment.suite();
    }

    @BeforeAll
    static void staffCanSignIn() {
        ServerFixture.prepare(StaffCataloguePageIT.class);
    }

    @Override
    public void prepare(EntityManager em, ConsentService consents) {
        TestData.staffReady(em, consents);
    }

    /** The whole page as a person would scroll through it, into target/screenshots, for a reviewer to look at. */
    private static void shoot(Browser browser, String name) throws IOException {
        Files.createDirectories(SHOTS);
        Dimension window = browser.driver().manage().window().getSize();
        long height = (Long) ((JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollHeight");
        browser.driver().manage().window().setSize(new Dimension(window.getWidth(), (int) Math.min(height + 150, 6000)));
        try {
            Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES));
        } finally {
            browser.driver().manage().window().setSize(window);
        }
    }

    private static Path file(String name, byte[] content) throws IOException {
        Path folder = Files.createDirectories(Path.of("target", "uploads"));
        return Files.write(folder.resolve(name), content);
    }

    @Test
    void staffCreateAPublicationWithTwoEditionsAndUploadItsPdf() throws IOException {
        String number = CatalogueSamples.productNumber(99);
        String title = "Staff page handbook " + number;
        try (Browser staff = new Browser()) {
            staff.signIn(TestData.STAFF_EMAIL, STAFF_PASSWORD).expect("Sign out");
            staff.click("Catalogue").expect("Add a publication");
            staff.click("Add a publication").expect("New publication").expect("First edition");
            staff.fill("Product number", number).fill("Title", title)
                    .fill("Subtitle", "Measuring quality of service")
                    .fill("Abstract", "How operators measure and report the quality of service.")
                    .fill("Keywords", "QoS, KPI").fill("Series", "Handbooks").fill("Year", "2025");
            new Select(staff.field("Category")).selectByVisibleText("Standardization (ITU-T)");
            new Select(staff.field("Language")).selectByVisibleText("English");
            new Select(staff.field("Format")).selectByVisibleText("PDF");
            staff.fill("Price in CHF (0 for free)", "-3");
            shoot(staff, "catalogue-new-publication");
            staff.click("Create publication").expect("A price is zero (free) or more, in CHF.");
            staff.fill("Price in CHF (0 for free)", "0");
            staff.click("Create publication").expect(title + " was added to the catalogue.").expect("Add an edition");

            new Select(staff.field("Language")).selectByVisibleText("French");
            new Select(staff.field("Format")).selectByVisibleText("Print");
            staff.fill("Price in CHF (0 for free)", "52.00").fill("Pages", "130");
            staff.click("Add edition").expect("The edition was added.").expect("CHF 52.00");

            staff.click("Edit the English PDF edition").expect("The English PDF edition");
            staff.field("Master file (PDF, at most 100 MB)").sendKeys(file("notes.pdf",
                    "Minutes, not a PDF".getBytes(StandardCharsets.UTF_8)).toAbsolutePath().toString());
            staff.click("Upload master file").expect("This file is not a PDF that opens (or it is incomplete). "
                    + "Nothing was saved.").expect("None yet");
            staff.click("Edit the English PDF edition").expect("The English PDF edition");
            staff.field("Master file (PDF, at most 100 MB)").sendKeys(file("handbook.pdf", CatalogueSamples.pdf(2))
                    .toAbsolutePath().toString());
            staff.click("Upload master file").expect("handbook.pdf is stored as the edition's master file.")
                    .expect("Stored (");
            staff.field("Cover image (PNG or JPEG, at most 5 MB)").sendKeys(file("cover.png",
                    CatalogueSamples.png(240, 320)).toAbsolutePath().toString());
            staff.click("Upload cover").expect("cover.png is the publication's cover now.");
            shoot(staff, "catalogue-publication");

            staff.click("Back to the catalogue").fill("Words or product number", number).click("Search")
                    .expect(title).expect("Standardization (ITU-T)");
            shoot(staff, "catalogue-list");
            staff.click("Edit").expect(title);
            staff.click("Withdraw publication");
            shoot(staff, "catalogue-withdraw-dialog");
            staff.click("Yes, withdraw it").expect(title + " was withdrawn.").expect(title + " (withdrawn)");
            staff.click("Back to the catalogue").fill("Words or product number", number).click("Search")
                    .expect("Withdrawn");
        }
    }

    @Test
    void aCatalogueFileWithABadRowIsReportedAndNothingImported() throws IOException {
        String a = CatalogueSamples.productNumber(99);
        String b = CatalogueSamples.productNumber(99);
        String header = "product_number,title,subtitle,abstract,keywords,category,series,year,edition_statement,"
                + "text_language,edition_language,format,price_chf,isbn,pages,availability,expected_on,edition_title";
        String good = a + ",Imported handbook " + a + ",,,,ITU-R,,2024,,en,en,PDF,0,,,,,";
        String bad = b + ",Imported handbook " + b + ",,,,ITU-R,,2024,,en,de,PDF,-2,,,,,";
        try (Browser staff = new Browser()) {
            staff.signIn(TestData.STAFF_EMAIL, STAFF_PASSWORD).expect("Sign out");
            staff.click("Catalogue").click("Import a catalogue file").expect("Its first row is exactly this header");
            staff.field("Catalogue file (CSV, at most 10 MB)").sendKeys(file("catalogue.csv",
                    (header + "\n" + good + "\n" + bad + "\n").getBytes(StandardCharsets.UTF_8)).toAbsolutePath().toString());
            staff.click("Import").expect("Nothing was imported: 1 row of 2 refused.")
                    .expect("Fine, but not imported")
                    .expect("Refused: Unknown language \"de\": one of the codes ar, zh, en, fr, ru, es, please.");
            shoot(staff, "catalogue-import-refused");
            staff.field("Catalogue file (CSV, at most 10 MB)").sendKeys(file("catalogue.csv",
                    (header + "\n" + good + "\n").getBytes(StandardCharsets.UTF_8)).toAbsolutePath().toString());
            staff.click("Import").expect("Imported 1 publication with 1 edition.").expect("Imported");
            shoot(staff, "catalogue-import-done");
            staff.click("Back to the catalogue").fill("Words or product number", a).click("Search")
                    .expect("Imported handbook " + a);
        }
    }
}
