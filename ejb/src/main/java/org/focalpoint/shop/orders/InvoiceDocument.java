package org.focalpoint.shop.orders;

import net.codecrete.qrbill.canvas.PDFCanvas;
import net.codecrete.qrbill.canvas.PDFFontSettings;
import net.codecrete.qrbill.generator.Address;
import net.codecrete.qrbill.generator.Bill;
import net.codecrete.qrbill.generator.Language;
import net.codecrete.qrbill.generator.QRBill;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.focalpoint.time.TimeZones;
import org.focalpoint.words.Wording;
import org.focalpoint.words.Words;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An order's invoice as a PDF: A4 pages with the creditor, the buyer, the lines and the totals,
 * and on the last page the Swiss QR-bill's payment part, whose code carries the order's QR
 * reference and total so that the bank's credit names the order it pays.
 * <p>
 * Text is in Liberation Sans, embedded: PDF's standard fonts write only Western European letters.
 * It writes Latin, Greek and Cyrillic; a letter it lacks (Arabic, Chinese, Devanagari and most other
 * scripts) is written as a question mark rather than leaving the order without an invoice, and
 * Hebrew comes out in stored, not visual, order.
 */
public final class InvoiceDocument {

    private static final Words WORDS = new Words("org.focalpoint.words.invoice");
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final Map<String, Language> BILL_LANGUAGES =
            Map.of("de", Language.DE, "fr", Language.FR, "it", Language.IT, "rm", Language.RM);

    private static final float MM = 72 / 25.4f;
    private static final float LEFT = 20 * MM;
    private static final float RIGHT = PDRectangle.A4.getWidth() - 20 * MM;
    private static final float TOP = PDRectangle.A4.getHeight() - 18 * MM;
    /** Above the payment part, which takes the bottom 105 mm of the page, kept free on every page. */
    private static final float BOTTOM = (float) (QRBill.QR_BILL_HEIGHT * MM) + 8 * MM;
    private static final float FACTS_LABELS = 118 * MM;
    private static final float FACTS_VALUES = 148 * MM;
    private static final float QUANTITY_RIGHT = 128 * MM;
    private static final float UNIT_PRICE_RIGHT = 158 * MM;
    private static final float DESCRIPTION_WIDTH = 82 * MM;
    private static final float TOTALS_LABELS = 118 * MM;

    private InvoiceDocument() {
    }

    public static byte[] of(InvoiceFacts facts) {
        Wording words = WORDS.in(facts.locale(), TimeZones.UTC);
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getDocumentInformation().setTitle(words.text("document-title", facts.orderNumber()));
            Pages pages = new Pages(document, font(document), words);
            head(pages, facts, words);
            lines(pages, facts, words);
            totals(pages, facts, words);
            pages.close();
            pages.number();
            PDFCanvas canvas = new PDFCanvas(document, PDFCanvas.LAST_PAGE, PDFFontSettings.embeddedLiberationSans());
            QRBill.draw(bill(facts, words), canvas);
            canvas.close();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // written in memory from fonts in the class path
        }
    }

    private static PDFont font(PDDocument document) throws IOException {
        try (InputStream in = PDDocument.class.getResourceAsStream(FONT)) {
            return PDType0Font.load(document, in);
        }
    }

    private static void head(Pages pages, InvoiceFacts facts, Wording words) throws IOException {
        CreditorAccount creditor = facts.creditor();
        pages.text(creditor.name(), LEFT, TOP, 11);
        String street = Stream.of(creditor.street(), creditor.houseNumber()).filter(part -> part != null).collect(Collectors.joining(" "));
        pages.text(street, LEFT, TOP - 13, 9);
        pages.text(creditor.postalCode() + " " + creditor.town(), LEFT, TOP - 24, 9);
        pages.text(new Locale("", creditor.countryCode()).getDisplayCountry(facts.locale()), LEFT, TOP - 35, 9);

        float y = TOP - 75;
        pages.text(words.text("title"), LEFT, y, 20);
        String[][] rows = {
                {words.text("order-number"), facts.orderNumber()},
                {words.text("invoice-date"), words.text("day", facts.invoiceDate())},
                {words.text("due-date"), words.text("day", facts.dueDate())},
                {words.text("reference"), QrReference.written(facts.reference())}};
        float factY = y + 6;
        for (String[] fact : rows) {
            pages.text(fact[0], FACTS_LABELS, factY, 9);
            pages.text(fact[1], FACTS_VALUES, factY, 9);
            factY -= 13;
        }

        y -= 48;
        pages.text(words.text("bill-to"), LEFT, y, 8);
        y -= 14;
        List<String> billed = new ArrayList<>();
        billed.add(facts.buyerName());
        if (facts.organization() != null) {
            billed.add(facts.organization());
        }
        billed.addAll(facts.billingAddress());
        for (String line : billed) {
            pages.text(line, LEFT, y, 10);
            y -= 13;
        }
        pages.y = y - 20;
    }

    private static void lines(Pages pages, InvoiceFacts facts, Wording words) throws IOException {
        tableHeader(pages, words);
        for (InvoiceLine line : facts.lines()) {
            List<String> description = pages.wrap(line.description(), DESCRIPTION_WIDTH, 10);
            List<String> discount = line.discount() == null ? List.of() : pages.wrap(line.discount(), DESCRIPTION_WIDTH, 8);
            float height = description.size() * 13 + discount.size() * 10 + 6;
            if (pages.y - height < BOTTOM) {
                pages.text(words.text("continued"), LEFT, pages.y - 4, 8);
                pages.next();
                tableHeader(pages, words);
            }
            float y = pages.y - 10;
            pages.right(String.valueOf(line.quantity()), QUANTITY_RIGHT, y, 10);
            pages.right(words.text("money", line.unitPrice()), UNIT_PRICE_RIGHT, y, 10);
            pages.right(words.text("money", line.amount()), RIGHT, y, 10);
            for (String part : description) {
                pages.text(part, LEFT, y, 10);
                y -= 13;
            }
            for (String part : discount) {
                pages.text(part, LEFT + 6, y + 2, 8);
                y -= 10;
            }
            pages.y -= height;
        }
        pages.rule(LEFT, pages.y);
    }

    private static void tableHeader(Pages pages, Wording words) throws IOException {
        float y = pages.y;
        pages.text(words.text("description"), LEFT, y, 8);
        pages.right(words.text("quantity"), QUANTITY_RIGHT, y, 8);
        pages.right(words.text("unit-price"), UNIT_PRICE_RIGHT, y, 8);
        pages.right(words.text("amount"), RIGHT, y, 8);
        pages.rule(LEFT, y - 4);
        pages.y = y - 6;
    }

    private static void totals(Pages pages, InvoiceFacts facts, Wording words) throws IOException {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{words.text("subtotal"), words.text("money", facts.subtotal())});
        addIfCharged(rows, words.text("discount"), facts.discount(), words.text("deduction", facts.discount()));
        addIfCharged(rows, words.text("shipping"), facts.shipping(), words.text("money", facts.shipping()));
        addIfCharged(rows, words.text("tax"), facts.tax(), words.text("money", facts.tax()));
        String payment = words.text("payment", words.text("currency-amount", facts.currency(), facts.total()),
                words.text("day", facts.dueDate()), inBlocks(facts.creditor().qrIban()), QrReference.written(facts.reference()));
        List<String> paymentLines = pages.wrap(payment, RIGHT - LEFT, 9);
        float height = 14 + rows.size() * 13 + 18 + 16 + paymentLines.size() * 12;
        if (pages.y - height < BOTTOM) {
            pages.next();
        }
        float y = pages.y - 14;
        for (String[] row : rows) {
            pages.text(row[0], TOTALS_LABELS, y, 10);
            pages.right(row[1], RIGHT, y, 10);
            y -= 13;
        }
        pages.rule(TOTALS_LABELS, y + 8);
        y -= 6;
        pages.text(words.text("total") + " " + facts.currency(), TOTALS_LABELS, y, 12);
        pages.right(words.text("money", facts.total()), RIGHT, y, 12);
        y -= 28;
        for (String line : paymentLines) {
            pages.text(line, LEFT, y, 9);
            y -= 12;
        }
        pages.y = y;
    }

    /** An IBAN as people read it, in blocks of four. */
    private static String inBlocks(String iban) {
        return iban.replaceAll("(.{4})(?!$)", "$1 ");
    }

    /** A discount, shipping or tax of nothing is not worth a row. */
    private static void addIfCharged(List<String[]> rows, String label, BigDecimal amount, String written) {
        if (amount.signum() != 0) {
            rows.add(new String[]{label, written});
        }
    }

    private static Bill bill(InvoiceFacts facts, Wording words) {
        CreditorAccount account = facts.creditor();
        Address creditor = new Address();
        creditor.setName(account.name());
        creditor.setStreet(account.street());
        creditor.setHouseNo(account.houseNumber());
        creditor.setPostalCode(account.postalCode());
        creditor.setTown(account.town());
        creditor.setCountryCode(account.countryCode());
        Bill bill = new Bill();
        bill.setAccount(account.qrIban());
        bill.setCreditor(creditor);
        bill.setAmount(facts.total());
        bill.setCurrency(facts.currency());
        bill.setReference(facts.reference());
        bill.setUnstructuredMessage(words.text("qr-message", facts.orderNumber()));
        bill.getFormat().setLanguage(BILL_LANGUAGES.getOrDefault(facts.locale().getLanguage(), Language.EN));
        return bill;
    }

    /** The pages written so far, the one being written, and how far down it the writing is. */
    private static final class Pages {

        private final PDDocument document;
        private final PDFont font;
        private final Wording words;
        private PDPageContentStream content;
        float y;

        Pages(PDDocument document, PDFont font, Wording words) throws IOException {
            this.document = document;
            this.font = font;
            this.words = words;
            next();
        }

        void next() throws IOException {
            close();
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = TOP - 20;
        }

        void close() throws IOException {
            if (content != null) {
                content.close();
                content = null;
            }
        }

        /** Numbered once all are written, as only then is their count known. */
        void number() throws IOException {
            int count = document.getNumberOfPages();
            for (int i = 0; i < count; i++) {
                try (PDPageContentStream stamp = new PDPageContentStream(document, document.getPage(i),
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    String written = words.text("page", i + 1, count);
                    show(stamp, written, RIGHT - width(written, 8), TOP, 8);
                }
            }
        }

        void text(String text, float x, float y, float size) throws IOException {
            show(content, printable(text), x, y, size);
        }

        void right(String text, float right, float y, float size) throws IOException {
            String printable = printable(text);
            show(content, printable, right - width(printable, size), y, size);
        }

        private void show(PDPageContentStream stream, String printable, float x, float y, float size) throws IOException {
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(x, y);
            stream.showText(printable);
            stream.endText();
        }

        void rule(float from, float y) throws IOException {
            content.setLineWidth(0.5f);
            content.moveTo(from, y);
            content.lineTo(RIGHT, y);
            content.stroke();
        }

        /** The text in lines no wider than the width, broken between words, or inside a word longer than a line. */
        List<String> wrap(String text, float width, float size) throws IOException {
            List<String> lines = new ArrayList<>();
            String line = "";
            for (String word : printable(text).split(" ")) {
                String longer = line.isEmpty() ? word : line + " " + word;
                if (width(longer, size) <= width) {
                    line = longer;
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line);
                }
                while (width(word, size) > width) {
                    int end = fitting(word, width, size);
                    lines.add(word.substring(0, end));
                    word = word.substring(end);
                }
                line = word;
            }
            lines.add(line);
            return lines;
        }

        /** How much of the word fits in the width: at least one letter, so that wrapping ends. */
        private int fitting(String word, float width, float size) throws IOException {
            int end = word.offsetByCodePoints(0, 1);
            while (end < word.length() && width(word.substring(0, word.offsetByCodePoints(end, 1)), size) <= width) {
                end = word.offsetByCodePoints(end, 1);
            }
            return end;
        }

        private float width(String text, float size) throws IOException {
            return font.getStringWidth(text) / 1000 * size;
        }

        /** Blanks for line breaks and tabs, a question mark for a letter the font lacks. */
        private String printable(String text) {
            StringBuilder printable = new StringBuilder(text.length());
            text.codePoints().forEach(point -> {
                String letter = Character.isWhitespace(point) ? " " : Character.toString(point);
                printable.append(writable(letter) ? letter : "?");
            });
            return printable.toString();
        }

        private boolean writable(String letter) {
            try {
                font.encode(letter);
                return !Character.isISOControl(letter.codePointAt(0));
            } catch (IllegalArgumentException | IOException lacking) {
                return false;
            }
        }
    }
}
