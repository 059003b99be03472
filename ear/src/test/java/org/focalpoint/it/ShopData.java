package org.focalpoint.it;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.EntityManager;
import org.focalpoint.shop.Availability;
import org.focalpoint.shop.CatalogueChanged;
import org.focalpoint.shop.Edition;
import org.focalpoint.shop.EditionFormat;
import org.focalpoint.shop.EditionLanguage;
import org.focalpoint.shop.Publication;
import org.focalpoint.shop.ShopCategory;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Publications of the shop for a test, made in the server: each with a product number no other run
 * took, persisted, and announced to the search index as a catalogue service would announce it.
 */
final class ShopData {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String LETTERS = "bcdfghjklmnpqrstvwxz";

    private ShopData() {
    }

    /** A made-up word no other run's titles hold, so that a search for it finds only this run's publications. */
    static String uniqueWord() {
        StringBuilder word = new StringBuilder("Zor");
        for (int i = 0; i < 7; i++) {
            word.append(LETTERS.charAt(RANDOM.nextInt(LETTERS.length()))).append("aeiou".charAt(RANDOM.nextInt(5)));
        }
        return word.toString();
    }

    static Publication publication(EntityManager em, String title, ShopCategory category, String series, int year) {
        String number = String.valueOf(900_000_000 + RANDOM.nextInt(99_999_999));
        Publication publication = new Publication(number, title, category, year, Instant.now());
        publication.describe(null, "About " + title + ".", null, series, null);
        em.persist(publication);
        return publication;
    }

    static Edition edition(EntityManager em, Publication publication, EditionLanguage language, EditionFormat format,
                           String price, Integer pages) {
        Edition edition = publication.addEdition(language, format);
        edition.price(new BigDecimal(price));
        edition.identify(null, pages);
        em.persist(edition);
        return edition;
    }

    static Edition forthcoming(EntityManager em, Publication publication, EditionLanguage language,
                               EditionFormat format, String price, LocalDate expected) {
        Edition edition = edition(em, publication, language, format, price, null);
        edition.availability(Availability.FORTHCOMING, expected);
        return edition;
    }

    /** Tells the index, inside the caller's transaction: it reads them again once that commits. */
    static void announce(EntityManager em, Publication... publications) {
        em.flush();
        CDI.current().getBeanManager().getEvent().select(CatalogueChanged.class).fire(new CatalogueChanged(
                Arrays.stream(publications).map(Publication::getId).collect(Collectors.toSet())));
    }

    /** Withdrawn as staff would withdraw it; their service is another part's, so the column is set directly. */
    static void withdraw(EntityManager em, Edition edition) {
        em.flush();
        em.createNativeQuery("update edition set withdrawn = true where id = ?").setParameter(1, edition.getId())
                .executeUpdate();
    }

    static void withdraw(EntityManager em, Publication publication) {
        em.flush();
        em.createNativeQuery("update publication set withdrawn = true where id = ?")
                .setParameter(1, publication.getId()).executeUpdate();
    }
}
