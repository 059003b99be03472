package org.focalpoint.shop.orders;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import net.codecrete.qrbill.generator.Bill;
import net.codecrete.qrbill.generator.QRBill;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The invoice PDF as its reader and the reader's bank see it: its text, and the QR-bill's code scanned from the rendered page. */
class InvoiceDocumentTest {

    private static final CreditorAccount ITU = new CreditorAccount("CH4431999123000889012", "International Telecommunication Union",
            "Place des Nations", null, "1211", "Genève 20", "CH");
    private static final String ORDER = "2600000123";

    private static BigDecimal chf(String amount) {
        return new BigDecimal(amount);
    }

    private static InvoiceFacts facts(String buyer, List<InvoiceLine> lines, BigDecimal shipping, Locale locale) {
        BigDecimal subtotal = lines.stream().map(InvoiceLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal discount = chf("5.00");
        return new InvoiceFacts(ORDER, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 1), buyer, "Ministry of Posts",
                List.of("Avenue de l'Indépendance 12", "BP 389", "Lomé", "Togo"), lines, subtotal, discount, shipping,
                chf("0.00"), subtotal.subtract(discount).add(shipping), "CHF", ITU, QrReference.of(ORDER), locale);
    }

    private static List<InvoiceLine> twoLines() {
        return List.of(
                new InvoiceLine("Radio Regulations, edition of 2024 (4 volumes), print", 2, chf("52.00"), chf("88.40"),
                        "Member State price: 15 % off the list price"),
                new InvoiceLine("Handbook on Satellite Communications, PDF", 1, chf("40.00"), chf("8.00"),
                        "Least Developed Country administration: 80 % off an electronic edition"));
    }

    private static String text(PDDocument document) throws IOException {
        return new PDFTextStripper().getText(document);
    }

    /** The QR code of the page, as a phone's banking app reads it from the printed page. */
    private static String scanned(PDDocument document, int page) throws Exception {
        BufferedImage image = new PDFRenderer(document).renderImageWithDPI(page, 300, ImageType.GRAY);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }

    @Test
    void theQrBillScansToTheOrdersReferenceAndTotal() throws Exception {
        InvoiceFacts facts = facts("Kofi Mensah", twoLines(), chf("12.00"), Locale.ENGLISH);
        try (PDDocument document = Loader.loadPDF(InvoiceDocument.of(facts))) {
            assertEquals(1, document.getNumberOfPages());
            Bill bill = QRBill.decodeQrCodeText(scanned(document, 0));
            assertEquals(QrReference.of(ORDER), bill.getReference());
            assertEquals(0, chf("103.40").compareTo(bill.getAmount()), bill.getAmount().toString());
            assertEquals("CHF", bill.getCurrency());
            assertEquals("CH4431999123000889012", bill.getAccount());
            assertEquals("International Telecommunication Union", bill.getCreditor().getName());
        }
    }

    @Test
    void theInvoiceShowsTheOrderItsLinesAndItsTotal() throws IOException {
        InvoiceFacts facts = facts("Kofi Mensah", twoLines(), chf("12.00"), Locale.ENGLISH);
        try (PDDocument document = Loader.loadPDF(InvoiceDocument.of(facts))) {
            String text = text(document);
            for (String expected : List.of("Invoice", ORDER, "Kofi Mensah", "Ministry of Posts", "Avenue de l'Indépendance 12",
                    "Radio Regulations, edition of 2024", "Member State price: 15 % off the list price", "96.40", "−5.00", "12.00",
                    "Total CHF 103.40", "00 00000 00000 00002 60000 01236", "bank transfer to CH44 3199 9123 0008 8901 2", "1 April 2026", "Switzerland", "Page 1 of 1")) {
                assertTrue(text.contains(expected), expected + " in\n" + text);
            }
            assertTrue(text.contains("Payment part"), "the QR-bill's payment part is drawn on the page");
            assertFalse(text.contains("Tax"), "a tax of nothing has no row");
        }
    }

    @Test
    void manyLinesRunOntoFurtherPagesWithTheQrBillOnTheLast() throws Exception {
        List<InvoiceLine> lines = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            lines.add(new InvoiceLine("Recommendation ITU-T G." + (700 + i) + ", PDF", 1, chf("10.00"), chf("10.00"), null));
        }
        InvoiceFacts facts = facts("Kofi Mensah", lines, chf("0.00"), Locale.ENGLISH);
        try (PDDocument document = Loader.loadPDF(InvoiceDocument.of(facts))) {
            int pages = document.getNumberOfPages();
            assertTrue(pages >= 2, pages + " pages");
            String text = text(document);
            for (int i = 1; i <= 40; i++) {
                assertTrue(text.contains("G." + (700 + i) + ","), "line " + i);
            }
            assertTrue(text.contains("Page 1 of " + pages) && text.contains("Page " + pages + " of " + pages), text);
            assertThrows(NotFoundException.class, () -> scanned(document, 0));
            Bill bill = QRBill.decodeQrCodeText(scanned(document, pages - 1));
            assertEquals(0, chf("395.00").compareTo(bill.getAmount()));
            assertEquals(QrReference.of(ORDER), bill.getReference());
        }
    }

    @Test
    void aLongDescriptionIsWrappedWithinItsColumn() throws IOException {
        String longWord = "Telecommunication".repeat(8);
        InvoiceFacts facts = facts("Kofi Mensah", List.of(new InvoiceLine(longWord + " and a title that goes on and on", 1,
                chf("10.00"), chf("10.00"), null)), chf("0.00"), Locale.ENGLISH);
        try (PDDocument document = Loader.loadPDF(InvoiceDocument.of(facts))) {
            String text = text(document);
            assertFalse(text.contains(longWord), "the long word is broken over lines");
            assertTrue(text.replaceAll("\\s", "").contains(longWord + "andatitlethatgoesonandon"), text);
        }
    }

    @Test
    void aNameInAScriptTheFontLacksIsWrittenWithQuestionMarksAndGreekOrCyrillicAsWritten() throws IOException {
        InvoiceFacts facts = facts("Иван Петров 王小明", twoLines(), chf("0.00"), Locale.ENGLISH);
        try (PDDocument document = Loader.loadPDF(InvoiceDocument.of(facts))) {
            assertTrue(text(document).contains("Иван Петров ???"), text(document));
        }
    }

    @Test
    void aGermanReaderGetsTheQrBillInGerman() throws IOException {
        InvoiceFacts facts = facts("Kofi Mensah", twoLines(), chf("0.00"), Locale.GERMAN);
        try (PDDocument document = Loader.loadPDF(InvoiceDocument.of(facts))) {
            assertTrue(text(document).contains("Zahlteil"), text(document));
        }
    }

    @Test
    void figuresThatDoNotAddUpMakeNoInvoice() {
        List<InvoiceLine> lines = twoLines();
        assertThrows(IllegalArgumentException.class, () -> new InvoiceFacts(ORDER, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 1),
                "Kofi Mensah", null, List.of(), lines, chf("96.40"), chf("0.00"), chf("0.00"), chf("0.00"), chf("90.00"),
                "CHF", ITU, QrReference.of(ORDER), Locale.ENGLISH));
        assertThrows(IllegalArgumentException.class, () -> new InvoiceFacts(ORDER, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 1),
                "Kofi Mensah", null, List.of(), lines, chf("100.00"), chf("3.60"), chf("0.00"), chf("0.00"), chf("96.40"),
                "CHF", ITU, QrReference.of(ORDER), Locale.ENGLISH));
    }
}
