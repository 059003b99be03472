package org.focalpoint.shop;

/**
 * One value of a facet and how many publications the search would find with it chosen, the other
 * facets' choices kept (a chosen value does not hide its siblings' counts). The value is the
 * enum constant's name, or the series as written.
 */
public record FacetCount(String value, long count, boolean chosen) {
}
