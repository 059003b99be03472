package org.focalpoint.it;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.focalpoint.RuleViolation;
import org.focalpoint.accounts.Account;
import org.focalpoint.shop.Availability;
import org.focalpoint.shop.Edition;
import org.focalpoint.shop.Publication;
import org.focalpoint.shop.ShopCategory;
import org.focalpoint.shop.SinceAdded;
import org.focalpoint.shop.WishList;
import org.focalpoint.shop.WishListLine;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.focalpoint.shop.EditionFormat.PDF;
import static org.focalpoint.shop.EditionFormat.PRINT;
import static org.focalpoint.shop.EditionLanguage.ENGLISH;
import static org.focalpoint.shop.EditionLanguage.FRENCH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A signed-in person's wish list: an edition added once, with its price and availability of that
 * day; what changed since; removed by its owner only, and nobody sees another's list.
 */
@ExtendWith(ArquillianExtension.class)
class WishListIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return FocalPointDeployment.suite();
    }

    @PersistenceContext(unitName = "focalpoint")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Inject
    WishList wishList;

    Account reader;
    Account other;
    Edition print;
    Edition pdf;
    Edition forthcoming;

    @BeforeEach
    void aReaderAnotherPersonAndAPublication() throws Exception {
        tx.begin();
        reader = TestData.activeAccount(em, TestData.uniqueEmail("wish.list"));
        other = TestData.activeAccount(em, TestData.uniqueEmail("wish.list.other"));
        Publication handbook = ShopData.publication(em, "Handbook on National Spectrum Management", ShopCategory.ITU_R,
                "ITU-R Handbooks", 2015);
        print = ShopData.edition(em, handbook, ENGLISH, PRINT, "98.00", 312);
        pdf = ShopData.edition(em, handbook, ENGLISH, PDF, "78.00", 312);
        forthcoming = ShopData.forthcoming(em, handbook, FRENCH, PRINT, "98.00", LocalDate.now().plusDays(40));
        ShopData.announce(em, handbook);
        tx.commit();
    }

    @Test
    void anEditionIsAddedOnceWithItsPriceAndAvailabilityOfThatDay() {
        WishListLine added = wishList.add(reader, print.getId());
        assertEquals(0, new BigDecimal("98.00").compareTo(added.priceThen()));
        assertEquals(Availability.AVAILABLE, added.availabilityThen());
        assertTrue(added.sinceAdded().nothing());

        RuleViolation again = assertThrows(RuleViolation.class, () -> wishList.add(reader, print.getId()));
        assertEquals("Handbook on National Spectrum Management (English, Print) is already on your wish list.",
                again.getMessage());
        assertEquals(List.of(print.getId()), wishList.of(reader).stream().map(WishListLine::editionId).toList());
    }

    @Test
    void anotherPersonNeitherSeesNorRemovesTheEntry() {
        WishListLine mine = wishList.add(reader, pdf.getId());
        assertEquals(List.of(), wishList.of(other));

        RuleViolation refused = assertThrows(RuleViolation.class, () -> wishList.remove(other, mine.entryId()));
        assertEquals("This entry is not on your wish list.", refused.getMessage());
        assertEquals(1, wishList.of(reader).size(), "the owner's entry is still there");

        // the other person may wish for the same edition: each list is its own
        wishList.add(other, pdf.getId());
        assertEquals(1, wishList.of(other).size());
        assertEquals(1, wishList.of(reader).size());
    }

    @Test
    void theOwnerRemovesItAndMayAddItAgain() {
        WishListLine mine = wishList.add(reader, pdf.getId());
        assertEquals("Handbook on National Spectrum Management", wishList.remove(reader, mine.entryId()));
        assertEquals(List.of(), wishList.of(reader));
        assertThrows(RuleViolation.class, () -> wishList.remove(reader, mine.entryId()), "removed once only");
        wishList.add(reader, pdf.getId());
        assertEquals(1, wishList.of(reader).size());
    }

    @Test
    void theListSaysWhatChangedSinceAdded() throws Exception {
        wishList.add(reader, print.getId());
        wishList.add(reader, pdf.getId());
        wishList.add(reader, forthcoming.getId());

        tx.begin();
        em.find(Edition.class, print.getId()).price(new BigDecimal("110.00"));
        em.find(Edition.class, pdf.getId()).price(BigDecimal.ZERO);
        em.find(Edition.class, forthcoming.getId()).availability(Availability.AVAILABLE, null);
        tx.commit();

        List<WishListLine> lines = wishList.of(reader);
        assertEquals(Set.of(SinceAdded.Change.PRICE_UP), line(lines, print).sinceAdded().changes());
        assertEquals(0, new BigDecimal("98.00").compareTo(line(lines, print).priceThen()));
        assertEquals(0, new BigDecimal("110.00").compareTo(line(lines, print).priceNow()));
        assertEquals(Set.of(SinceAdded.Change.PRICE_DOWN), line(lines, pdf).sinceAdded().changes());
        assertEquals(Set.of(SinceAdded.Change.AVAILABILITY_CHANGED), line(lines, forthcoming).sinceAdded().changes());
        assertEquals(Availability.FORTHCOMING, line(lines, forthcoming).availabilityThen());
        assertEquals(Availability.AVAILABLE, line(lines, forthcoming).availabilityNow());

        tx.begin();
        ShopData.withdraw(em, em.find(Edition.class, print.getId()));
        tx.commit();
        assertTrue(line(wishList.of(reader), print).sinceAdded().withdrawn(), "a withdrawn edition says so");
    }

    @Test
    void aWithdrawnEditionOrOneThatDoesNotExistIsNotAdded() throws Exception {
        tx.begin();
        ShopData.withdraw(em, em.find(Edition.class, pdf.getId()));
        tx.commit();
        RuleViolation withdrawn = assertThrows(RuleViolation.class, () -> wishList.add(reader, pdf.getId()));
        assertEquals("This edition is no longer on offer.", withdrawn.getMessage());
        assertThrows(RuleViolation.class, () -> wishList.add(reader, Long.MAX_VALUE));
        assertEquals(List.of(), wishList.of(reader));
    }

    private static WishListLine line(List<WishListLine> lines, Edition edition) {
        return lines.stream().filter(l -> l.editionId() == edition.getId()).findFirst().orElseThrow();
    }
}
