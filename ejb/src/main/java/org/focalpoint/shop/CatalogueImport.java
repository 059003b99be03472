package org.focalpoint.shop;

import org.focalpoint.RuleViolation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns a catalogue file's rows into new publications, not yet stored, and says of each row
 * whether it is taken or refused and why. Rows with the same product number, one after another,
 * are the editions of one publication: the first of them says what the publication is; the others
 * repeat its columns or leave them blank. A product number must be new to the catalogue and
 * appear in one run of rows only; an edition's language and format once per publication. The
 * rules are those of the staff's pages: the same entities check them.
 */
public final class CatalogueImport {

    /** The columns of the publication, which the later rows of a publication repeat or leave blank. */
    private static final List<String> PUBLICATION_COLUMNS = CatalogueFile.HEADER.subList(0, 10);
    private static final Map<String, Integer> LONGEST = Map.ofEntries(
            Map.entry("title", Publication.TITLE_LENGTH),
            Map.entry("subtitle", Publication.TITLE_LENGTH),
            Map.entry("abstract", Publication.ABSTRACT_LENGTH),
            Map.entry("keywords", Publication.KEYWORDS_LENGTH),
            Map.entry("series", Publication.SERIES_LENGTH),
            Map.entry("edition_statement", Publication.EDITION_STATEMENT_LENGTH),
            Map.entry("edition_title", Publication.TITLE_LENGTH));
    /** Any other column holds a code, a number or a day. */
    private static final int SHORT = 40;
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern PAGES = Pattern.compile("\\d{1,6}");
    private static final Pattern PRICE = Pattern.compile("-?\\d{1,8}(\\.\\d+)?");

    /** One row's outcome: its number, the product number, edition language and format as written, and why it was refused (null when taken). */
    public record Line(long row, String productNumber, String language, String format, RuleViolation refusal) {

        public boolean taken() {
            return refusal == null;
        }
    }

    /** The publications the file makes, and every row's outcome; to be stored only when every row is taken. */
    public record Plan(List<Publication> publications, List<Line> lines) {

        public boolean acceptable() {
            return lines.stream().allMatch(Line::taken);
        }
    }

    private CatalogueImport() {
    }

    /** The product numbers the rows name, as written, to look up in the catalogue before planning. */
    public static Set<String> productNumbers(List<CatalogueFile.Row> rows) {
        return rows.stream().filter(row -> !row.cells().isEmpty()).map(row -> row.cells().get(0).strip())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The plan for these rows, given the product numbers the catalogue has already, this year and now. */
    public static Plan plan(List<CatalogueFile.Row> rows, Set<String> inCatalogue, int thisYear, Instant now) {
        Map<String, Group> groups = new LinkedHashMap<>();
        List<Line> lines = new ArrayList<>();
        String previous = null;
        for (CatalogueFile.Row row : rows) {
            Map<String, String> cells = cells(row);
            String number = cells.getOrDefault("product_number", "");
            try {
                checkShape(row);
                String productNumber = ProductNumber.of(number);
                Group group = groups.get(productNumber);
                if (group != null && !productNumber.equals(previous)) {
                    throw new RuleViolation("shop.import-number-twice", productNumber, String.valueOf(group.firstRow));
                }
                previous = productNumber;
                if (group == null) {
                    if (inCatalogue.contains(productNumber)) {
                        throw new RuleViolation("shop.import-number-in-catalogue", productNumber);
                    }
                    group = new Group(row.number(), cells);
                    groups.put(productNumber, group);
                    group.publication = publication(productNumber, cells, thisYear, now);
                } else {
                    group.sameAsFirst(cells);
                }
                group.publication.addEdition(edition(cells).checked());
                lines.add(new Line(row.number(), number, cells.get("edition_language"), cells.get("format"), null));
            } catch (RuleViolation refused) {
                lines.add(new Line(row.number(), number, cells.getOrDefault("edition_language", ""),
                        cells.getOrDefault("format", ""), refused));
            }
        }
        List<Publication> publications = groups.values().stream().filter(g -> g.publication != null)
                .map(g -> g.publication).toList();
        return new Plan(publications, lines);
    }

    /** The rows of one publication: the first row's cells, and the publication they made (null when that row was refused). */
    private static final class Group {

        private final long firstRow;
        private final Map<String, String> first;
        private Publication publication;

        Group(long firstRow, Map<String, String> first) {
            this.firstRow = firstRow;
            this.first = first;
        }

        void sameAsFirst(Map<String, String> cells) {
            if (publication == null) {
                throw new RuleViolation("shop.import-publication-refused", String.valueOf(firstRow));
            }
            for (String column : PUBLICATION_COLUMNS) {
                String value = cells.get(column).strip();
                if (!value.isEmpty() && !value.equals(first.get(column).strip())) {
                    throw new RuleViolation("shop.import-differs", column, String.valueOf(firstRow));
                }
            }
        }
    }

    private static Map<String, String> cells(CatalogueFile.Row row) {
        Map<String, String> cells = new HashMap<>();
        for (int i = 0; i < Math.min(row.cells().size(), CatalogueFile.HEADER.size()); i++) {
            cells.put(CatalogueFile.HEADER.get(i), row.cells().get(i));
        }
        return cells;
    }

    private static void checkShape(CatalogueFile.Row row) {
        if (row.cells().size() != CatalogueFile.HEADER.size()) {
            throw new RuleViolation("shop.import-columns", String.valueOf(row.cells().size()),
                    String.valueOf(CatalogueFile.HEADER.size()));
        }
        for (int i = 0; i < CatalogueFile.HEADER.size(); i++) {
            String column = CatalogueFile.HEADER.get(i);
            int longest = LONGEST.getOrDefault(column, SHORT);
            if (row.cells().get(i).strip().length() > longest) {
                throw new RuleViolation("shop.import-field-too-long", column, String.valueOf(longest));
            }
        }
    }

    private static Publication publication(String productNumber, Map<String, String> cells, int thisYear, Instant now) {
        PublicationData clean = new PublicationData(productNumber, cells.get("title"), cells.get("subtitle"),
                cells.get("abstract"), cells.get("keywords"), category(cells.get("category")), cells.get("series"),
                year(cells.get("year")), cells.get("edition_statement"), language(cells.get("text_language")))
                .checked(thisYear);
        Publication publication = new Publication(productNumber, clean.title(), clean.category(), clean.year(), now);
        publication.describe(clean);
        return publication;
    }

    private static EditionData edition(Map<String, String> cells) {
        return new EditionData(language(cells.get("edition_language")), format(cells.get("format")),
                price(cells.get("price_chf")), cells.get("isbn"), pages(cells.get("pages")),
                availability(cells.get("availability")), day(cells.get("expected_on")), cells.get("edition_title"));
    }

    private static ShopCategory category(String written) {
        return constant(ShopCategory.class, written,
                choices -> new RuleViolation("shop.import-unknown-category", written.strip(), choices));
    }

    private static EditionFormat format(String written) {
        return constant(EditionFormat.class, written,
                choices -> new RuleViolation("shop.import-unknown-format", written.strip(), choices));
    }

    /** Blank is available: most editions are. */
    private static Availability availability(String written) {
        return written.isBlank() ? Availability.AVAILABLE
                : constant(Availability.class, written,
                        choices -> new RuleViolation("shop.import-unknown-availability", written.strip(), choices));
    }

    /** A constant by its name, whatever the case, with "-" or a blank for "_" (ITU-T is ITU_T). */
    private static <E extends Enum<E>> E constant(Class<E> type, String written, Function<String, RuleViolation> unknown) {
        String name = written.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        throw unknown.apply(Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
    }

    private static EditionLanguage language(String written) {
        EditionLanguage language = EditionLanguage.ofCode(written);
        if (language == null) {
            throw new RuleViolation("shop.import-unknown-language", written.strip(),
                    Arrays.stream(EditionLanguage.values()).map(EditionLanguage::code).collect(Collectors.joining(", ")));
        }
        return language;
    }

    private static Integer year(String written) {
        String year = written.strip();
        if (!YEAR.matcher(year).matches()) {
            throw new RuleViolation("shop.import-year-not-a-year", year);
        }
        return Integer.valueOf(year);
    }

    private static BigDecimal price(String written) {
        String price = written.strip();
        if (!PRICE.matcher(price).matches()) {
            throw new RuleViolation("shop.import-price-not-a-number", price);
        }
        return new BigDecimal(price);
    }

    private static Integer pages(String written) {
        String pages = written.strip();
        if (pages.isEmpty()) {
            return null;
        }
        if (!PAGES.matcher(pages).matches()) {
            throw new RuleViolation("shop.import-pages-not-a-number", pages);
        }
        return Integer.valueOf(pages);
    }

    private static LocalDate day(String written) {
        String day = written.strip();
        if (day.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            throw new RuleViolation("shop.import-day-not-a-day", day);
        }
    }
}
