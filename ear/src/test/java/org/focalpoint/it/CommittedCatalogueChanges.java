package org.focalpoint.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.focalpoint.shop.CatalogueChanged;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The publications the catalogue's committed changes named, as the search index would hear of them. */
@ApplicationScoped
public class CommittedCatalogueChanges {

    private final Set<Long> committed = ConcurrentHashMap.newKeySet();

    void heard(@Observes(during = TransactionPhase.AFTER_SUCCESS) CatalogueChanged change) {
        committed.addAll(change.publicationIds());
    }

    public boolean heardOf(Long publicationId) {
        return committed.contains(publicationId);
    }

    public int count() {
        return committed.size();
    }
}
