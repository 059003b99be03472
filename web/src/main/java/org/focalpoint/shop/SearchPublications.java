package org.focalpoint.shop;

import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.ULocale;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.focalpoint.faces.PageMessages;
import org.focalpoint.faces.PageWords;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * "Search publications": the words and the advanced search as the address gives them (a category
 * or series page is this search newest first), one page of results with their facets, each value a
 * link that keeps the other choices, sorting, paging and "Compare" per result. What the address holds
 * that means nothing is said and left out.
 * <p>
 * A page with no state: the address is the whole search, read again on every request ("Compare" posts
 * to the same address), so the page keeps no view and a visitor's reading opens no session. What a
 * row shows is worked out once here, not by expressions per row.
 */
@Named
@RequestScoped
public class SearchPublications {

    @Inject
    private CatalogueSearch search;

    @Inject
    private PageWords words;

    @Inject
    private ShopWords shopWords;

    @Inject
    private CompareList compareList;

    private SearchAddress address;
    private CatalogueHits hits;
    private String contextPath;
    private List<Result> results;
    private List<FacetGroup> facets;
    private List<SortChoice> sorts;

    /** A result as the list shows it: its links, its marked texts as markup (each piece escaped) and its line of facts. */
    public record Result(long publicationId, String title, String titleMarkup, String link, String cover,
                         String subtitle, String passageMarkup, String facts, String price, boolean available,
                         String compareTitle, boolean compared) {
    }

    /** A facet beside the results: its heading and its values. */
    public record FacetGroup(String heading, List<FacetValue> values) {
    }

    /** A facet's value: its name, its count as written, and the link that chooses it or no longer (none when it would find nothing). */
    public record FacetValue(String name, String count, String link, boolean chosen) {
    }

    /** An order to sort by, named in the view's language: a link, or the current one. */
    public record SortChoice(String name, String link, boolean current, boolean last) {
    }

    @PostConstruct
    void read() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        contextPath = external.getRequestContextPath();
        address = SearchAddress.of(external.getRequestParameterValuesMap());
        hits = search.search(address.query());
    }

    /** The view action: says what the address held that means nothing, and compares the result a "Compare" posted. */
    public void open() {
        address.ignored().forEach(ignored -> PageMessages.info(ignored.key(), ignored.value()));
        if (hits.hits().isEmpty() && address.page() > 1 && hits.total() > 0) {
            PageMessages.info("search.no-such-page", address.page());
        }
        String compared = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("compare");
        if (compared != null) {
            // only a result of this page can be compared from it: anything else posted is no result
            hits.hits().stream().filter(hit -> String.valueOf(hit.publicationId()).equals(compared)).findFirst()
                    .ifPresent(hit -> compareList.add(hit.publicationId(), titleOf(hit)));
        }
    }

    /** This search's own address, where its "Compare" buttons post to. */
    public String getHere() {
        return "search.xhtml?" + address.parameters();
    }

    public SearchAddress getAddress() {
        return address;
    }

    public CatalogueHits getHits() {
        return hits;
    }

    public List<Result> getResults() {
        if (results == null) {
            results = hits.hits().stream().map(this::result).toList();
        }
        return results;
    }

    /** Worked out as the page renders, after {@link #open} has compared what was posted. */
    private Result result(CatalogueHit hit) {
        String title = titleOf(hit);
        String link = contextPath + "/shop/publication.xhtml?number="
                + URLEncoder.encode(hit.productNumber(), StandardCharsets.UTF_8);
        String cover = hit.coverImage() == null || hit.coverImage().isEmpty() ? ""
                : contextPath + "/shop/covers/" + hit.coverImage();
        String facts = words.label(hit.category())
                + (hit.series() == null || hit.series().isEmpty() ? "" : " · " + hit.series())
                + " · " + hit.year() + " · " + shopWords.labels(hit.languages()) + " · " + shopWords.labels(hit.formats());
        return new Result(hit.publicationId(), title, markup(hit.title()), link, cover,
                hit.subtitle() == null ? "" : hit.subtitle(), hit.passage() == null ? "" : markup(hit.passage()), facts,
                shopWords.fromPrice(hit.lowestPrice()), hit.available(),
                words.text("search.compare-publication", title), inComparison(hit.publicationId()));
    }

    private static String titleOf(CatalogueHit hit) {
        return hit.title().stream().map(Marked::text).collect(Collectors.joining());
    }

    /** A found text as markup: each piece escaped, the matched ones in mark. */
    static String markup(List<Marked> pieces) {
        StringBuilder html = new StringBuilder();
        for (Marked piece : pieces) {
            if (piece.matched()) {
                html.append("<mark>");
            }
            escape(piece.text(), html);
            if (piece.matched()) {
                html.append("</mark>");
            }
        }
        return html.toString();
    }

    private static void escape(String text, StringBuilder html) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '&' -> html.append("&amp;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
    }

    /** Whether a publication is in the visitor's comparison. */
    private boolean inComparison(long publicationId) {
        return comparing() && compareList.contains(publicationId);
    }

    /** How many publications the visitor compares, after this request's "Compare" too. */
    public int getCompared() {
        return comparing() ? compareList.getCount() : 0;
    }

    /** The comparison lives in the session: a visitor who never compared has none, and reading the page must open none. */
    private static boolean comparing() {
        return FacesContext.getCurrentInstance().getExternalContext().getSession(false) != null;
    }

    /** The orders to sort by, the current one not a link. */
    public List<SortChoice> getSorts() {
        if (sorts == null) {
            CatalogueSort current = address.sortOrDefault();
            CatalogueSort[] all = CatalogueSort.values();
            List<SortChoice> choices = new ArrayList<>();
            for (int i = 0; i < all.length; i++) {
                choices.add(new SortChoice(words.label(all[i]), "search.xhtml?" + address.sorted(all[i]),
                        all[i] == current, i == all.length - 1));
            }
            sorts = List.copyOf(choices);
        }
        return sorts;
    }

    /** The facets with values, in the order a person narrows a search: where it is shelved, then what they can read. */
    public List<FacetGroup> getFacets() {
        if (facets == null) {
            CatalogueFacets found = hits.facets();
            List<FacetGroup> groups = new ArrayList<>();
            group(groups, words.text("common.category"), "category", found.categories());
            group(groups, words.text("shop.series"), "series", found.series());
            group(groups, words.text("shop.language"), "language", found.languages());
            group(groups, words.text("shop.format"), "format", found.formats());
            facets = List.copyOf(groups);
        }
        return facets;
    }

    private void group(List<FacetGroup> groups, String heading, String parameter, List<FacetCount> counts) {
        if (counts.isEmpty()) {
            return;
        }
        List<FacetValue> values = new ArrayList<>(counts.size());
        // the bundle's "shop.number" ({0, number}) as one format for all the counts, not a message format made per value
        NumberFormat number = NumberFormat.getInstance(ULocale.forLocale(PageWords.viewLocale()));
        for (FacetCount count : counts) {
            // a value that would find nothing is no choice to offer: shown, for the shape of the catalogue, not linked
            String link = count.chosen() || count.count() > 0
                    ? "search.xhtml?" + address.toggled(parameter, count.value()) : null;
            values.add(new FacetValue(facetName(parameter, count.value()), number.format(count.count()),
                    link, count.chosen()));
        }
        groups.add(new FacetGroup(heading, List.copyOf(values)));
    }

    public String onPage(int page) {
        return "search.xhtml?" + address.onPage(page);
    }

    public int getLastPage() {
        return (int) Math.max(1, (hits.total() + SearchAddress.PAGE_SIZE - 1) / SearchAddress.PAGE_SIZE);
    }

    /** The name a facet's value is shown by: a category, language or format in the view's language, a series as written. */
    private String facetName(String facet, String value) {
        return switch (facet) {
            case "category" -> words.label(ShopCategory.valueOf(value));
            case "language" -> words.label(EditionLanguage.valueOf(value));
            case "format" -> words.label(EditionFormat.valueOf(value));
            default -> value;
        };
    }
}
