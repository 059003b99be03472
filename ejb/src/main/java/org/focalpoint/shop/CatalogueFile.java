package org.focalpoint.shop;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.focalpoint.RuleViolation;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A catalogue file as staff export it from a spreadsheet: UTF-8 text (a byte order mark allowed),
 * comma-separated with RFC 4180 quoting, the {@link #HEADER} as its first row and one edition per
 * row after it. Reading it checks the file as a whole, what no single row can fix: text, header
 * and number of rows. Each row's cells are checked by {@link CatalogueImport}.
 */
public final class CatalogueFile {

    /** The columns, in their order; the README and the import page show them. */
    public static final List<String> HEADER = List.of("product_number", "title", "subtitle", "abstract", "keywords",
            "category", "series", "year", "edition_statement", "text_language", "edition_language", "format",
            "price_chf", "isbn", "pages", "availability", "expected_on", "edition_title");

    /** The header and the two rows of a publication in English and French, as the import page shows them. */
    public static final List<String> SAMPLE = List.of(String.join(",", HEADER),
            "100043228,\"Quality of service, a handbook\",For operators,How to measure it,QoS;KPI,ITU-T,Handbooks,2024,"
                    + "Edition 2,en,en,PDF,0,978-92-61-12345-1,120,AVAILABLE,,",
            "100043228,,,,,,,,,,fr,PRINT,52.00,,130,FORTHCOMING,2027-03-01,\"Qualité de service, un manuel\"");

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    /** One row after the header: its number as a spreadsheet shows it (the header is row 1) and its cells. */
    public record Row(long number, List<String> cells) {

        public Row {
            cells = List.copyOf(cells);
        }
    }

    private CatalogueFile() {
    }

    /** The rows of the file, or refused for the first problem of the file as a whole. */
    public static List<Row> rows(byte[] content, long maxBytes, int maxRows) {
        if (content.length > maxBytes) {
            throw new RuleViolation("shop.import-file-too-large", CatalogueFiles.megabytes(maxBytes));
        }
        String text = text(content);
        if (text.isBlank()) {
            throw new RuleViolation("shop.import-empty");
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            boolean header = true;
            for (CSVRecord record : parser) {
                List<String> cells = record.toList();
                if (header) {
                    checkHeader(cells);
                    header = false;
                    continue;
                }
                if (rows.size() == maxRows) {
                    throw new RuleViolation("shop.import-too-many-rows", String.valueOf(maxRows));
                }
                rows.add(new Row(record.getRecordNumber(), cells));
            }
        } catch (UncheckedIOException | IllegalStateException broken) {
            throw new RuleViolation("shop.import-not-csv");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (rows.isEmpty()) {
            throw new RuleViolation("shop.import-no-rows");
        }
        return rows;
    }

    /** Decoded strictly: a byte that is not UTF-8, or a control character no text file holds, refuses the file. */
    private static String text(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new RuleViolation("shop.import-not-utf8");
        }
        if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
            text = text.substring(1);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < ' ' && c != '\t' && c != '\n' && c != '\r' || c == '\u007F') {
                throw new RuleViolation("shop.import-not-text");
            }
        }
        return text;
    }

    private static void checkHeader(List<String> cells) {
        List<String> written = cells.stream().map(cell -> cell.strip().toLowerCase(Locale.ROOT)).toList();
        if (!written.equals(HEADER)) {
            throw new RuleViolation("shop.import-wrong-header", String.join(",", HEADER));
        }
    }
}
