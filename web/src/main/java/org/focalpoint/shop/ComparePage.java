package org.focalpoint.shop;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** "Compare publications": the publications of the visit's comparison side by side. */
@Named
@RequestScoped
public class ComparePage {

    @Inject
    private ShopCatalogue catalogue;

    @Inject
    private CompareList compareList;

    private List<OfferedPublication> publications;

    public List<OfferedPublication> getPublications() {
        if (publications == null) {
            publications = catalogue.publications(compareList.publicationIds());
            compareList.keepOnly(publications.stream().map(OfferedPublication::id).toList());
        }
        return publications;
    }

    public void remove(OfferedPublication publication) {
        compareList.remove(publication.id(), publication.title());
        publications = null;
    }
}
