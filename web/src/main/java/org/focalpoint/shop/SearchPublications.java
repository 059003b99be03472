package org.focalpoint.shop;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.focalpoint.faces.PageMessages;
import org.focalpoint.faces.PageWords;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * "Search publications": the words and the advanced search as the address gives them (a category
 * or series page is this search newest first), one page of results with their facets, each value a
 * link that keeps the other choices, sorting, paging and "Compare" per result. What the address holds
 * that means nothing is said and left out.
 */
@Named
@ViewScoped
public class SearchPublications implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CatalogueSearch search;

    @Inject
    private ShopCatalogue catalogue;

    @Inject
    private PageWords words;

    private SearchAddress address;
    private CatalogueHits hits;
    private List<CategoryShelf> shelves;

    /** The view action, on the page's first request: reads the address and searches. */
    public void open() {
        address = SearchAddress.of(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap());
        address.ignored().forEach(ignored -> PageMessages.info(ignored.key(), ignored.value()));
        hits = search.search(address.query());
        if (hits.hits().isEmpty() && address.page() > 1 && hits.total() > 0) {
            PageMessages.info("search.no-such-page", address.page());
        }
    }

    public SearchAddress getAddress() {
        return address;
    }

    public CatalogueHits getHits() {
        return hits;
    }

    /** The categories and their series, for the advanced search's choices. */
    public List<CategoryShelf> getShelves() {
        if (shelves == null) {
            shelves = catalogue.shelves();
        }
        return shelves;
    }

    public List<ShopCategory> getCategories() {
        return Arrays.asList(ShopCategory.values());
    }

    public List<EditionLanguage> getLanguages() {
        return Arrays.asList(EditionLanguage.values());
    }

    public List<EditionFormat> getFormats() {
        return Arrays.asList(EditionFormat.values());
    }

    public List<CatalogueSort> getSorts() {
        return Arrays.asList(CatalogueSort.values());
    }

    /** A facet beside the results: its heading, the address's parameter it sets and its values with their counts. */
    public record FacetGroup(String heading, String parameter, List<FacetCount> values) implements Serializable {
    }

    /** The facets, in the order a person narrows a search: where it is shelved, then what they can read. */
    public List<FacetGroup> getFacets() {
        CatalogueFacets facets = hits.facets();
        return List.of(new FacetGroup(words.text("common.category"), "category", facets.categories()),
                new FacetGroup(words.text("shop.series"), "series", facets.series()),
                new FacetGroup(words.text("shop.language"), "language", facets.languages()),
                new FacetGroup(words.text("shop.format"), "format", facets.formats()));
    }

    /** The address of this search with a facet's value chosen or no longer chosen. */
    public String toggled(String name, String value) {
        return "search.xhtml?" + address.toggled(name, value);
    }

    public String sorted(CatalogueSort sort) {
        return "search.xhtml?" + address.sorted(sort);
    }

    public String onPage(int page) {
        return "search.xhtml?" + address.onPage(page);
    }

    public int getLastPage() {
        return (int) Math.max(1, (hits.total() + SearchAddress.PAGE_SIZE - 1) / SearchAddress.PAGE_SIZE);
    }

    /** The name a facet's value is shown by: a category, language or format in the view's language, a series as written. */
    public String facetName(String facet, String value) {
        return switch (facet) {
            case "category" -> words.label(ShopCategory.valueOf(value));
            case "language" -> words.label(EditionLanguage.valueOf(value));
            case "format" -> words.label(EditionFormat.valueOf(value));
            default -> value;
        };
    }

    /** A hit's title as plain text, for the messages and the names of its buttons. */
    public String title(CatalogueHit hit) {
        return hit.title().stream().map(Marked::text).collect(Collectors.joining());
    }
}
