package org.focalpoint.it;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.focalpoint.shop.CategoryShelf;
import org.focalpoint.shop.EditionLanguage;
import org.focalpoint.shop.OfferedEdition;
import org.focalpoint.shop.OfferedPublication;
import org.focalpoint.shop.Publication;
import org.focalpoint.shop.ShopCatalogue;
import org.focalpoint.shop.ShopCategory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import static org.focalpoint.shop.EditionFormat.PDF;
import static org.focalpoint.shop.EditionFormat.PRINT;
import static org.focalpoint.shop.EditionLanguage.ARABIC;
import static org.focalpoint.shop.EditionLanguage.ENGLISH;
import static org.focalpoint.shop.EditionLanguage.FRENCH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the shop's pages read: only what is on offer, a publication with its editions, a comparison, the shelves. */
@ExtendWith(ArquillianExtension.class)
class ShopCatalogueIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return FocalPointDeployment.suite();
    }

    @PersistenceContext(unitName = "focalpoint")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Inject
    ShopCatalogue catalogue;

    @Test
    void aPublicationsPageShowsItsEditionsOnOfferInLanguageOrder() throws Exception {
        tx.begin();
        Publication rr = ShopData.publication(em, "Radio Regulations", ShopCategory.ITU_R, "Radio Regulations", 2024);
        ShopData.edition(em, rr, FRENCH, PDF, "450", 2120).title("Règlement des radiocommunications");
        ShopData.edition(em, rr, ENGLISH, PRINT, "620", 2120);
        ShopData.edition(em, rr, ARABIC, PDF, "0", 2120);
        var withdrawn = ShopData.edition(em, rr, ENGLISH, PDF, "450", 2120);
        ShopData.withdraw(em, withdrawn);
        tx.commit();

        OfferedPublication page = catalogue.publication(" " + rr.getProductNumber() + " ").orElseThrow();
        assertEquals("Radio Regulations", page.title());
        assertEquals(List.of(ARABIC, ENGLISH, FRENCH), page.editions().stream().map(OfferedEdition::language).toList());
        assertEquals("Règlement des radiocommunications", page.editions().get(2).title());
        assertEquals("Radio Regulations", page.editions().get(1).title(), "an edition without a title of its own");
        assertTrue(page.editions().get(0).free());
        assertEquals(0, BigDecimal.ZERO.compareTo(page.lowestPrice()));
        assertEquals(0, new BigDecimal("620").compareTo(page.highestPrice()));
        assertEquals(Set.of(ARABIC, ENGLISH, FRENCH), page.languages());
        assertEquals(false, page.editions().get(0).downloadable(), "no file uploaded: nothing to download");
        assertEquals(page, catalogue.publicationOfEdition(page.editions().get(1).id()).orElseThrow());
        assertTrue(catalogue.publicationOfEdition(withdrawn.getId()).isEmpty());
    }

    @Test
    void aWithdrawnPublicationOrAnOddNumberShowsNothing() throws Exception {
        tx.begin();
        Publication gone = ShopData.publication(em, "Withdrawn handbook", ShopCategory.ITU_D, "Handbooks", 2001);
        ShopData.edition(em, gone, ENGLISH, PRINT, "20", 80);
        ShopData.withdraw(em, gone);
        tx.commit();
        assertTrue(catalogue.publication(gone.getProductNumber()).isEmpty());
        for (String odd : new String[] {null, "", "abc", "12345678", "1234567890", "' or 1=1 --", "x".repeat(10_000)}) {
            assertTrue(catalogue.publication(odd).isEmpty(), String.valueOf(odd));
        }
    }

    @Test
    void theComparisonKeepsTheOrderChosenAndLeavesOutWhatIsWithdrawn() throws Exception {
        tx.begin();
        Publication a = ShopData.publication(em, "Compared A", ShopCategory.ITU_T, "ITU-T Manuals", 2020);
        ShopData.edition(em, a, ENGLISH, PDF, "45", 226);
        Publication b = ShopData.publication(em, "Compared B", ShopCategory.ITU_D, "Regional reports", 2021);
        ShopData.edition(em, b, FRENCH, PRINT, "50", 124);
        ShopData.edition(em, b, ENGLISH, PRINT, "50", 120);
        Publication c = ShopData.publication(em, "Compared C", ShopCategory.GENERAL_SECRETARIAT, "Final Acts", 2023);
        ShopData.withdraw(em, c);
        tx.commit();

        List<OfferedPublication> compared = catalogue.publications(List.of(b.getId(), c.getId(), a.getId()));
        assertEquals(List.of("Compared B", "Compared A"), compared.stream().map(OfferedPublication::title).toList());
        assertEquals(120, compared.get(0).fewestPages());
        assertEquals(124, compared.get(0).mostPages());
        assertEquals(Set.of(EditionLanguage.ENGLISH, EditionLanguage.FRENCH), compared.get(0).languages());
        assertEquals(List.of(), catalogue.publications(List.of()));
    }

    @Test
    void theShelvesNameEveryCategoryInItsOrderWithItsSeries() throws Exception {
        String series = "Shelf test series " + ShopData.uniqueWord();
        tx.begin();
        Publication one = ShopData.publication(em, "Shelved one", ShopCategory.ITU_D, series, 2019);
        ShopData.edition(em, one, ENGLISH, PDF, "0", 10);
        Publication two = ShopData.publication(em, "Shelved two", ShopCategory.ITU_D, series, 2099);
        ShopData.edition(em, two, ENGLISH, PDF, "0", 10);
        tx.commit();

        List<CategoryShelf> shelves = catalogue.shelves();
        assertEquals(List.of(ShopCategory.values()), shelves.stream().map(CategoryShelf::category).toList());
        CategoryShelf development = shelves.get(ShopCategory.ITU_D.ordinal());
        assertTrue(development.series().contains(new CategoryShelf.SeriesShelf(series, 2)), development.toString());
        assertEquals("Shelved two", catalogue.newest(1).get(0).title(), "the latest year first");
    }
}
