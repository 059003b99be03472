package org.focalpoint.shop;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** "Publications", the shop's front: the four categories with their series, and the newest publications. */
@Named
@RequestScoped
public class ShopFront {

    private static final int NEWEST = 8;

    @Inject
    private ShopCatalogue catalogue;

    private List<CategoryShelf> shelves;
    private List<OfferedPublication> newest;

    public List<CategoryShelf> getShelves() {
        if (shelves == null) {
            shelves = catalogue.shelves();
        }
        return shelves;
    }

    public List<OfferedPublication> getNewest() {
        if (newest == null) {
            newest = catalogue.newest(NEWEST);
        }
        return newest;
    }
}
