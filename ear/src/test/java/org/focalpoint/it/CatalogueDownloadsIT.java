package org.focalpoint.it;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.EntityManager;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.focalpoint.accounts.Account;
import org.focalpoint.consent.ConsentService;
import org.focalpoint.shop.Availability;
import org.focalpoint.shop.CatalogueAdministration;
import org.focalpoint.shop.Edition;
import org.focalpoint.shop.EditionData;
import org.focalpoint.shop.EditionFormat;
import org.focalpoint.shop.EditionLanguage;
import org.focalpoint.shop.Publication;
import org.focalpoint.shop.PublicationData;
import org.focalpoint.shop.ShopCategory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Over HTTP, as a browser asks: a publication's cover for anyone, under its digest only; a free
 * PDF edition for a signed-in person, as an attachment, while a visitor is sent to sign in and a
 * priced edition is not there at all.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CatalogueDownloadsIT implements ServerFixture {

    /** The publication of this class: a free English PDF, a priced French PDF, both with master files, and a cover. */
    static final String NUMBER = "990017001";
    static final String READER = "catalogue.reader@example.org";
    static final String READER_PASSWORD = "Reader-Free-Download-2026";

    @Deployment
    static EnterpriseArchive deployment() {
        return FocalPointDeployment.suite();
    }

    @BeforeAll
    static void aPublicationWithFilesAndAReader() {
        ServerFixture.prepare(CatalogueDownloadsIT.class);
    }

    @Override
    public void prepare(EntityManager em, ConsentService consents) {
        TestData.approvedPerson(em, consents, TestData.member(em), READER, READER_PASSWORD, "Rita", "Reader");
        Account staff = TestData.staff(em);
        em.flush();
        if (!em.createQuery("select p from Publication p where p.productNumber = :n", Publication.class)
                .setParameter("n", NUMBER).getResultList().isEmpty()) {
            return;
        }
        CatalogueAdministration administration = CDI.current().select(CatalogueAdministration.class).get();
        Publication p = administration.create(staff, new PublicationData(NUMBER, "Downloads handbook", null, null, null,
                ShopCategory.ITU_T, "Recommendations", 2025, null, EditionLanguage.ENGLISH), List.of(
                new EditionData(EditionLanguage.ENGLISH, EditionFormat.PDF, BigDecimal.ZERO, null, 2,
                        Availability.AVAILABLE, null, null),
                new EditionData(EditionLanguage.FRENCH, EditionFormat.PDF, new BigDecimal("40"), null, 3,
                        Availability.AVAILABLE, null, null)));
        for (Edition e : p.getEditions()) {
            administration.uploadMasterFile(staff, e.getId(), e.getVersion(),
                    new ByteArrayInputStream(CatalogueSamples.pdf(e.getLanguage() == EditionLanguage.ENGLISH ? 2 : 3)));
        }
        administration.uploadCover(staff, p.getId(), p.getVersion(), new ByteArrayInputStream(CatalogueSamples.png(240, 320)));
    }

    private static String application() {
        return "http://127.0.0.1:" + System.getProperty("it.http.port") + "/focalpoint/";
    }

    /** The edition's id, master file digest and cover digest, as the test support answers them. */
    private static String[] edition(EditionLanguage language) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(application()
                + "it/public/edition?number=" + NUMBER + "&language=" + language + "&format=PDF")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode());
        return answer.body().split(" ");
    }

    private static HttpResponse<byte[]> get(String path, String session) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(application() + path));
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void anyoneSeesTheCoverUnderItsDigestAndNothingElseUnderThatAddress() throws Exception {
        String[] english = edition(EditionLanguage.ENGLISH);
        HttpResponse<byte[]> cover = get("shop/covers/" + english[2], null);
        assertEquals(200, cover.statusCode());
        assertEquals("image/png", cover.headers().firstValue("Content-Type").orElse(""));
        assertTrue(cover.headers().firstValue("Cache-Control").orElse("").contains("immutable"));
        assertEquals("nosniff", cover.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals(240, ImageIO.read(new ByteArrayInputStream(cover.body())).getWidth());

        assertEquals(404, get("shop/covers/" + english[1], null).statusCode(), "a master file is never a cover");
        assertEquals(404, get("shop/covers/" + "0".repeat(64), null).statusCode());
        assertEquals(404, get("shop/covers/..%2F..%2Fstandalone%2Fconfiguration", null).statusCode());
        assertEquals(404, get("shop/covers/", null).statusCode());
    }

    @Test
    void aVisitorIsSentToSignInForAFreeEdition() throws Exception {
        HttpResponse<byte[]> visitor = get("shop/free/" + edition(EditionLanguage.ENGLISH)[0], null);
        assertEquals(302, visitor.statusCode());
        assertTrue(visitor.headers().firstValue("Location").orElse("").contains("signin.xhtml"),
                visitor.headers().toString());
    }

    @Test
    void aSignedInPersonDownloadsTheFreeEditionAndNoPricedOne() throws Exception {
        String session;
        try (Browser reader = new Browser()) {
            reader.signIn(READER, READER_PASSWORD).expect("Sign out");
            session = reader.cookie("JSESSIONID");
        }
        assertNotNull(session);
        HttpResponse<byte[]> free = get("shop/free/" + edition(EditionLanguage.ENGLISH)[0], session);
        assertEquals(200, free.statusCode());
        assertEquals("application/pdf", free.headers().firstValue("Content-Type").orElse(""));
        assertEquals("attachment; filename=\"" + NUMBER + "-en.pdf\"",
                free.headers().firstValue("Content-Disposition").orElse(""));
        try (PDDocument pdf = Loader.loadPDF(free.body())) {
            assertEquals(2, pdf.getNumberOfPages());
        }
        assertEquals(404, get("shop/free/" + edition(EditionLanguage.FRENCH)[0], session).statusCode(),
                "a priced edition is bought, not downloaded");
        assertEquals(404, get("shop/free/999999999999", session).statusCode());
        assertEquals(404, get("shop/free/not-a-number", session).statusCode());
    }
}
