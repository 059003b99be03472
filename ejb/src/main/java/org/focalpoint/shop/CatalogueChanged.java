package org.focalpoint.shop;

import java.util.Set;

/**
 * Fired by every service that changes publications or editions, inside its transaction: the
 * search index takes the named publications again from the database once the change has
 * committed, and never for a change rolled back.
 */
public record CatalogueChanged(Set<Long> publicationIds) {

    public CatalogueChanged {
        publicationIds = Set.copyOf(publicationIds);
    }

    public static CatalogueChanged of(Long publicationId) {
        return new CatalogueChanged(Set.of(publicationId));
    }
}
