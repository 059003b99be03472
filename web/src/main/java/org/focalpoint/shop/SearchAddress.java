package org.focalpoint.shop;

import java.io.Serializable;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A search of the catalogue as its address writes it ({@code shop/search.xhtml?q=…&category=ITU_R&page=2}),
 * so that a search, a category page or a facet chosen is a link to keep or share. Whatever an address
 * holds is read without failing: a value that means nothing (a year "abc", a price "-5", an unknown
 * category) is left out and noted, for the page to say so; a text longer than any search is cut.
 */
public final class SearchAddress implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int PAGE_SIZE = 20;
    static final int LONGEST_TEXT = 500;
    static final int LONGEST_SERIES = 200;
    private static final int LAST_PAGE = 10_000;
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern PRICE = Pattern.compile("\\d{1,8}([.,]\\d{1,2})?");
    private static final Pattern PAGE = Pattern.compile("\\d{1,5}");

    /** One parameter of the address, as a form passes it on. */
    public record Parameter(String name, String value) implements Serializable {
    }

    /** A value of the address left out, and the page's words that say so. */
    public record Ignored(String key, String value) implements Serializable {
    }

    private String text = "";
    private final Set<ShopCategory> categories = EnumSet.noneOf(ShopCategory.class);
    private final Set<String> series = new LinkedHashSet<>();
    private final Set<EditionLanguage> languages = EnumSet.noneOf(EditionLanguage.class);
    private final Set<EditionFormat> formats = EnumSet.noneOf(EditionFormat.class);
    private Integer yearFrom;
    private Integer yearTo;
    private BigDecimal priceFrom;
    private BigDecimal priceTo;
    private boolean freeOnly;
    private boolean availableOnly;
    private CatalogueSort sort;
    private int page = 1;
    private final List<Ignored> ignored = new ArrayList<>();

    private SearchAddress() {
    }

    /** The search the request's parameters describe. */
    public static SearchAddress of(Map<String, String[]> parameters) {
        SearchAddress address = new SearchAddress();
        address.read(parameters);
        return address;
    }

    private void read(Map<String, String[]> parameters) {
        String q = String.join(" ", values(parameters, "q")).strip();
        if (q.length() > LONGEST_TEXT) {
            ignored.add(new Ignored("search.text-shortened", String.valueOf(LONGEST_TEXT)));
            q = q.substring(0, LONGEST_TEXT);
        }
        text = q;
        names(values(parameters, "category"), ShopCategory.class, categories, "search.ignored-category");
        names(values(parameters, "language"), EditionLanguage.class, languages, "search.ignored-language");
        names(values(parameters, "format"), EditionFormat.class, formats, "search.ignored-format");
        for (String written : values(parameters, "series")) {
            if (written.length() > LONGEST_SERIES) {
                ignored.add(new Ignored("search.ignored-series", written.substring(0, 40) + "…"));
            } else {
                series.add(written);
            }
        }
        yearFrom = year(first(parameters, "yearFrom"));
        yearTo = year(first(parameters, "yearTo"));
        if (yearFrom != null && yearTo != null && yearFrom > yearTo) {
            Integer earlier = yearTo;
            yearTo = yearFrom;
            yearFrom = earlier;
        }
        priceFrom = price(first(parameters, "priceFrom"));
        priceTo = price(first(parameters, "priceTo"));
        if (priceFrom != null && priceTo != null && priceFrom.compareTo(priceTo) > 0) {
            BigDecimal lower = priceTo;
            priceTo = priceFrom;
            priceFrom = lower;
        }
        freeOnly = yes(first(parameters, "free"));
        availableOnly = yes(first(parameters, "available"));
        String sortName = first(parameters, "sort");
        if (!sortName.isEmpty()) {
            sort = named(sortName, CatalogueSort.class);
            if (sort == null) {
                ignored.add(new Ignored("search.ignored-sort", shortened(sortName)));
            }
        }
        String pageWritten = first(parameters, "page");
        if (!pageWritten.isEmpty()) {
            if (PAGE.matcher(pageWritten).matches() && Integer.parseInt(pageWritten) >= 1
                    && Integer.parseInt(pageWritten) <= LAST_PAGE) {
                page = Integer.parseInt(pageWritten);
            } else {
                ignored.add(new Ignored("search.ignored-page", shortened(pageWritten)));
            }
        }
    }

    private static List<String> values(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        List<String> written = new ArrayList<>();
        if (values != null) {
            for (String value : values) {
                if (value != null && !value.isBlank()) {
                    written.add(value.strip());
                }
            }
        }
        return written;
    }

    private static String first(Map<String, String[]> parameters, String name) {
        List<String> values = values(parameters, name);
        return values.isEmpty() ? "" : values.get(0);
    }

    private <E extends Enum<E>> void names(List<String> written, Class<E> type, Set<E> into, String ignoredKey) {
        for (String name : written) {
            E value = named(name, type);
            if (value == null) {
                ignored.add(new Ignored(ignoredKey, shortened(name)));
            } else {
                into.add(value);
            }
        }
    }

    private static <E extends Enum<E>> E named(String name, Class<E> type) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(name)) {
                return constant;
            }
        }
        return null;
    }

    private Integer year(String written) {
        if (written.isEmpty()) {
            return null;
        }
        if (!YEAR.matcher(written).matches()) {
            ignored.add(new Ignored("search.ignored-year", shortened(written)));
            return null;
        }
        return Integer.valueOf(written);
    }

    private BigDecimal price(String written) {
        if (written.isEmpty()) {
            return null;
        }
        if (!PRICE.matcher(written).matches()) {
            ignored.add(new Ignored("search.ignored-price", shortened(written)));
            return null;
        }
        return new BigDecimal(written.replace(',', '.'));
    }

    private static boolean yes(String written) {
        return written.equalsIgnoreCase("true");
    }

    /** A value as the page quotes it back: never so long that the message drowns the page. */
    private static String shortened(String written) {
        return written.length() <= 40 ? written : written.substring(0, 40) + "…";
    }

    /** The search to run: blank words with no order chosen list the newest first. */
    public CatalogueQuery query() {
        return new CatalogueQuery(text, categories, series, languages, formats, yearFrom, yearTo, priceFrom, priceTo,
                freeOnly, availableOnly, sortOrDefault(), (page - 1) * PAGE_SIZE, PAGE_SIZE);
    }

    public CatalogueSort sortOrDefault() {
        if (sort != null) {
            return sort;
        }
        return text.isBlank() ? CatalogueSort.NEWEST : CatalogueSort.RELEVANCE;
    }

    /** This search with the value of a facet chosen, or no longer chosen, from its first page. */
    public String toggled(String name, String value) {
        SearchAddress other = copy();
        switch (name) {
            case "category" -> toggle(other.categories, named(value, ShopCategory.class));
            case "series" -> toggle(other.series, value);
            case "language" -> toggle(other.languages, named(value, EditionLanguage.class));
            case "format" -> toggle(other.formats, named(value, EditionFormat.class));
            case "free" -> other.freeOnly = !other.freeOnly;
            case "available" -> other.availableOnly = !other.availableOnly;
            default -> throw new IllegalArgumentException(name);
        }
        other.page = 1;
        return other.parameters();
    }

    private static <T> void toggle(Set<T> chosen, T value) {
        if (value != null && !chosen.remove(value)) {
            chosen.add(value);
        }
    }

    /** This search in another order, from its first page. */
    public String sorted(CatalogueSort other) {
        SearchAddress copy = copy();
        copy.sort = other;
        copy.page = 1;
        return copy.parameters();
    }

    /** What a form that sets the years, prices, free and available passes on unchanged: the words, facets and order. */
    public List<Parameter> kept() {
        List<Parameter> kept = new ArrayList<>();
        if (!text.isEmpty()) {
            kept.add(new Parameter("q", text));
        }
        categories.forEach(c -> kept.add(new Parameter("category", c.name())));
        series.forEach(s -> kept.add(new Parameter("series", s)));
        languages.forEach(l -> kept.add(new Parameter("language", l.name())));
        formats.forEach(f -> kept.add(new Parameter("format", f.name())));
        if (sort != null) {
            kept.add(new Parameter("sort", sort.name()));
        }
        return kept;
    }

    /** This search on another page. */
    public String onPage(int other) {
        SearchAddress copy = copy();
        copy.page = Math.max(1, Math.min(other, LAST_PAGE));
        return copy.parameters();
    }

    private SearchAddress copy() {
        SearchAddress copy = new SearchAddress();
        copy.text = text;
        copy.categories.addAll(categories);
        copy.series.addAll(series);
        copy.languages.addAll(languages);
        copy.formats.addAll(formats);
        copy.yearFrom = yearFrom;
        copy.yearTo = yearTo;
        copy.priceFrom = priceFrom;
        copy.priceTo = priceTo;
        copy.freeOnly = freeOnly;
        copy.availableOnly = availableOnly;
        copy.sort = sort;
        copy.page = page;
        return copy;
    }

    /** The query string of this search, its parameters in a fixed order, without the leading "?". */
    public String parameters() {
        StringJoiner query = new StringJoiner("&");
        add(query, "q", text.isEmpty() ? List.of() : List.of(text), Function.identity());
        add(query, "category", categories, Enum::name);
        add(query, "series", series, Function.identity());
        add(query, "language", languages, Enum::name);
        add(query, "format", formats, Enum::name);
        add(query, "yearFrom", yearFrom == null ? List.of() : List.of(yearFrom), String::valueOf);
        add(query, "yearTo", yearTo == null ? List.of() : List.of(yearTo), String::valueOf);
        add(query, "priceFrom", priceFrom == null ? List.of() : List.of(priceFrom), BigDecimal::toPlainString);
        add(query, "priceTo", priceTo == null ? List.of() : List.of(priceTo), BigDecimal::toPlainString);
        add(query, "free", freeOnly ? List.of("true") : List.of(), Function.identity());
        add(query, "available", availableOnly ? List.of("true") : List.of(), Function.identity());
        add(query, "sort", sort == null ? List.of() : List.of(sort), Enum::name);
        add(query, "page", page == 1 ? List.of() : List.of(page), String::valueOf);
        return query.toString();
    }

    private static <T> void add(StringJoiner query, String name, Collection<T> values, Function<T, String> written) {
        for (T value : values) {
            query.add(name + "=" + URLEncoder.encode(written.apply(value), StandardCharsets.UTF_8));
        }
    }

    public List<Ignored> ignored() {
        return List.copyOf(ignored);
    }

    public String text() {
        return text;
    }

    public boolean chosen(String name, String value) {
        return switch (name) {
            case "category" -> categories.contains(named(value, ShopCategory.class));
            case "series" -> series.contains(value);
            case "language" -> languages.contains(named(value, EditionLanguage.class));
            case "format" -> formats.contains(named(value, EditionFormat.class));
            default -> false;
        };
    }

    public Set<String> series() {
        return Set.copyOf(series);
    }

    public Integer yearFrom() {
        return yearFrom;
    }

    public Integer yearTo() {
        return yearTo;
    }

    public String priceFrom() {
        return priceFrom == null ? "" : priceFrom.toPlainString();
    }

    public String priceTo() {
        return priceTo == null ? "" : priceTo.toPlainString();
    }

    public boolean freeOnly() {
        return freeOnly;
    }

    public boolean availableOnly() {
        return availableOnly;
    }

    public int page() {
        return page;
    }

    /** Whether the person narrowed the search in any way beyond its words. */
    public boolean narrowed() {
        return !categories.isEmpty() || !series.isEmpty() || !languages.isEmpty() || !formats.isEmpty()
                || yearFrom != null || yearTo != null || priceFrom != null || priceTo != null || freeOnly || availableOnly;
    }
}
