package org.focalpoint.it;

import jakarta.annotation.Resource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.metamodel.EntityType;
import jakarta.transaction.UserTransaction;
import org.focalpoint.accounts.Account;
import org.focalpoint.organizations.MembershipCategory;
import org.focalpoint.organizations.Organization;
import org.focalpoint.organizations.Sector;
import org.focalpoint.shop.Availability;
import org.focalpoint.shop.Edition;
import org.focalpoint.shop.EditionFormat;
import org.focalpoint.shop.EditionLanguage;
import org.focalpoint.shop.Publication;
import org.focalpoint.shop.ShopCategory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every entity maps onto the schema the migrations built, on whichever database the build targets. */
@ExtendWith(ArquillianExtension.class)
class SchemaMappingIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return FocalPointDeployment.suite();
    }

    @PersistenceContext(unitName = "focalpoint")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Test
    void everyEntityCanBeQueriedAgainstTheMigratedSchema() {
        List<String> failures = new ArrayList<>();
        int queried = 0;
        for (EntityType<?> entity : em.getMetamodel().getEntities()) {
            try {
                // selecting whole rows makes EclipseLink name every mapped column
                em.createQuery("select e from " + entity.getName() + " e", entity.getJavaType())
                        .setMaxResults(1).getResultList();
                queried++;
            } catch (RuntimeException e) {
                failures.add(entity.getName() + ": " + e.getMessage());
            }
        }
        assertTrue(failures.isEmpty(), () -> String.join("\n", failures));
        assertEquals(42, queried, "entities in the model");
    }

    @Test
    void rowsGetSequenceIdsAndKeepTheirValues() throws Exception {
        tx.begin();
        try {
            Account account = new Account("Mapping." + System.nanoTime() + "@Example.org", "hash", "Map", "Ping",
                    Instant.now());
            Organization organization = new Organization("Mapping Org", "CH", MembershipCategory.SECTOR_MEMBER,
                    EnumSet.of(Sector.ITU_T, Sector.ITU_D), Instant.now());
            em.persist(account);
            em.persist(organization);
            organization.designateTiesFocalPoint(account);
            em.flush();
            em.clear();

            Organization found = em.find(Organization.class, organization.getId());
            assertTrue(found.getId() > 0);
            assertEquals(EnumSet.of(Sector.ITU_T, Sector.ITU_D), found.getSectors());
            assertEquals(account.getId(), found.getTiesFocalPoint().getId());
            assertEquals(account.getCreatedAt().toEpochMilli(),
                    em.find(Account.class, account.getId()).getCreatedAt().toEpochMilli());
            assertEquals(account.getEmail().toLowerCase(), found.getTiesFocalPoint().getEmail().toLowerCase());
        } finally {
            tx.rollback();
        }
    }

    @Test
    void aPublicationKeepsItsEditionsAndTheirPricesToTheCentime() throws Exception {
        tx.begin();
        try {
            String number = String.valueOf(900_000_000 + System.nanoTime() % 99_999_999);
            Publication publication = new Publication(number, "Mapping Handbook", ShopCategory.ITU_T, 2026, Instant.now());
            publication.describe("Mapped to the schema", "How a publication is stored.", "schema, mapping", "Handbooks",
                    "2nd edition");
            publication.addEdition(EditionLanguage.ENGLISH, EditionFormat.PDF).price(new BigDecimal("12.5"));
            Edition print = publication.addEdition(EditionLanguage.FRENCH, EditionFormat.PRINT);
            print.identify("978-92-61-12345-1", 312);
            print.availability(Availability.FORTHCOMING, LocalDate.of(2027, 3, 1));
            em.persist(publication);
            em.flush();
            em.clear();

            Publication found = em.find(Publication.class, publication.getId());
            assertEquals(List.of(EditionLanguage.ENGLISH, EditionLanguage.FRENCH),
                    found.getEditions().stream().map(Edition::getLanguage).toList());
            assertEquals(new BigDecimal("12.50"), found.getEditions().get(0).getPrice());
            assertTrue(found.getEditions().get(1).isFree());
            assertEquals("9789261123451", found.getEditions().get(1).getIsbn());
            assertEquals(LocalDate.of(2027, 3, 1), found.getEditions().get(1).getExpectedOn());
            assertEquals("2nd edition", found.getEditionStatement());
        } finally {
            tx.rollback();
        }
    }

    @Test
    void eclipseLinkIsTheProvider() {
        assertFalse(em.getEntityManagerFactory().getClass().getName().isEmpty());
        assertTrue(em.getDelegate().getClass().getName().startsWith("org.eclipse.persistence"),
                em.getDelegate().getClass().getName());
    }
}
