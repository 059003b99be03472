package org.focalpoint.shop;

import java.util.List;

/** One page of what a search found, how many it found in all and the facets' counts. */
public record CatalogueHits(long total, List<CatalogueHit> hits, CatalogueFacets facets) {
}
