package org.focalpoint.shop;

import java.util.List;

/** One of the shop's categories with its series, for navigation, and how many publications each holds. */
public record CategoryShelf(ShopCategory category, long publications, List<SeriesShelf> series) {

    public CategoryShelf {
        series = List.copyOf(series);
    }

    public record SeriesShelf(String name, long publications) {
    }
}
