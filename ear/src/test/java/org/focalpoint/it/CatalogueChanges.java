package org.focalpoint.it;

import jakarta.enterprise.event.Event;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.focalpoint.shop.CatalogueChanged;
import org.focalpoint.shop.Edition;
import org.focalpoint.shop.Publication;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Test-only: changes the catalogue as a service of the shop does, firing {@link CatalogueChanged}
 * inside its transaction, until the staff's own service exists; one change that fires and then
 * fails, so that its transaction is rolled back; and a bulk load for the benchmark.
 */
@Stateless
public class CatalogueChanges {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Event<CatalogueChanged> changed;

    /** The sample's publications, committed with the event; their ids in the sample's order. */
    public List<Long> add(List<CatalogueSample.Item> items) {
        List<Long> ids = load(items);
        changed.fire(new CatalogueChanged(new HashSet<>(ids)));
        return ids;
    }

    /**
     * The publications committed without the event, as a bulk load that leaves them to the index's
     * catch-up at its next start; their ids in the sample's order.
     */
    public List<Long> load(List<CatalogueSample.Item> items) {
        List<Long> ids = new ArrayList<>();
        for (CatalogueSample.Item item : items) {
            Publication publication = new Publication(item.productNumber(), item.title(), item.category(), item.year(),
                    item.createdAt());
            publication.describe(null, item.abstractText(), item.keywords(), item.series(), null);
            publication.writtenIn(item.language());
            for (CatalogueSample.EditionItem editionItem : item.editions()) {
                Edition edition = publication.addEdition(editionItem.language(), editionItem.format());
                edition.price(editionItem.price());
                edition.availability(editionItem.availability(), CatalogueSample.expectedOn());
                edition.title(editionItem.title());
            }
            em.persist(publication);
            ids.add(publication.getId());
        }
        em.flush();
        return ids;
    }

    /** A new abstract for the publication, committed with the event. */
    public void describe(long publicationId, String abstractText) {
        Publication publication = em.find(Publication.class, publicationId);
        publication.describe(publication.getSubtitle(), abstractText, publication.getKeywords(), publication.getSeries(),
                publication.getEditionStatement());
        changed.fire(CatalogueChanged.of(publicationId));
    }

    /** Adds the publications and fires the event, then fails: nothing of it is committed. */
    public void addThenFail(List<CatalogueSample.Item> items) {
        Set<Long> ids = new HashSet<>(add(items));
        throw new IllegalStateException("The change to " + ids + " fails after its event, as a refused change would");
    }
}
