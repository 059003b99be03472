package org.focalpoint.shop;

import java.util.List;

/** The counts beside a search's results, per facet, largest first (categories and languages in their own order). */
public record CatalogueFacets(List<FacetCount> categories,
                              List<FacetCount> series,
                              List<FacetCount> languages,
                              List<FacetCount> formats,
                              List<FacetCount> availability) {
}
