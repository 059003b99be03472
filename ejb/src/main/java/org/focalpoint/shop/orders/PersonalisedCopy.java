package org.focalpoint.shop.orders;

import com.ibm.icu.text.Transliterator;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;

/**
 * A PDF edition's copy for one buyer: every page of the master with two small lines at the foot of
 * the page as it is shown (its rotation and crop box heeded), the licensee with the order's number,
 * then the licence line; the document's subject says the same. The master's content is kept
 * untouched under the lines.
 * <p>
 * The master is read from its file as pages are needed and the streams PDFBox must buffer go to
 * temporary files, so a master of 100 MB does not take 100 MB of heap. The copy is rewritten whole
 * rather than appended to the master as an incremental update: cutting such a file at the master's
 * end would give back the copy without its licensee.
 */
public final class PersonalisedCopy {

    /** Liberation Sans, as PDFBox ships it: Latin, Greek and Cyrillic, embedded as a subset. */
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final String TO_LATIN = "Any-Latin; Latin-ASCII";
    private static final float FONT_SIZE = 7;
    private static final float LEADING = 1.25f;
    /** From the shown page's left and bottom edges, in points; printers rarely reach closer. */
    private static final float MARGIN = 14;
    private static final String SEPARATOR = " · ";

    private PersonalisedCopy() {
    }

    /** Writes the copy to {@code target}, which appears only once whole (two first downloads may race). */
    public static void write(Path master, Licensee licensee, Path target) {
        Path partial = null;
        try {
            partial = Files.createTempFile(target.toAbsolutePath().getParent(), "copy-", ".part");
            try (PDDocument document = Loader.loadPDF(new RandomAccessReadBufferedFile(master.toFile()),
                    IOUtils.createTempFileOnlyStreamCache());
                 InputStream fontFile = PersonalisedCopy.class.getResourceAsStream(FONT);
                 TrueTypeFont glyphs = new TTFParser().parse(new RandomAccessReadBuffer(fontFile))) {
                PDType0Font font = PDType0Font.load(document, glyphs, true);
                Printable printable = new Printable(glyphs);
                String licensed = printable.of(licensedTo(licensee));
                String licenceLine = printable.of(licensee.licenceLine());
                for (PDPage page : document.getPages()) {
                    stamp(document, page, font, licensed, licenceLine);
                }
                PDDocumentInformation information = document.getDocumentInformation();
                information.setSubject(licensed + SEPARATOR + licenceLine);
                try (OutputStream out = Files.newOutputStream(partial)) {
                    document.save(out);
                }
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (partial != null) {
                try {
                    Files.deleteIfExists(partial);
                } catch (IOException ignored) {
                    // a leftover part file is harmless: it is never taken for a copy
                }
            }
        }
    }

    private static String licensedTo(Licensee licensee) {
        String organization = licensee.organization();
        String who = organization == null || organization.isBlank()
                ? licensee.name()
                : licensee.name() + ", " + organization;
        return who + SEPARATOR + licensee.orderNumber();
    }

    private static void stamp(PDDocument document, PDPage page, PDType0Font font, String... lines) throws IOException {
        PDRectangle shown = page.getCropBox();
        int rotation = Math.floorMod(page.getRotation(), 360);
        boolean sideways = rotation == 90 || rotation == 270;
        float width = sideways ? shown.getHeight() : shown.getWidth();
        // resetContext: the master's content is wrapped in q … Q, so its last transformation or
        // colour does not carry over into the lines
        try (PDPageContentStream content = new PDPageContentStream(document, page, AppendMode.APPEND, true, true)) {
            content.transform(towardsTheReader(shown, rotation));
            content.setNonStrokingColor(0.3f, 0.3f, 0.3f);
            float baseline = MARGIN + FONT_SIZE * LEADING * (lines.length - 1);
            for (String line : lines) {
                content.beginText();
                content.setFont(font, fittingSize(font, line, width - 2 * MARGIN));
                content.newLineAtOffset(MARGIN, baseline);
                content.showText(line);
                content.endText();
                baseline -= FONT_SIZE * LEADING;
            }
        }
    }

    /**
     * From the coordinates of the page as the reader sees it (origin at its lower left) to the
     * page's own: a page is shown turned clockwise by its rotation.
     */
    private static Matrix towardsTheReader(PDRectangle shown, int rotation) {
        float left = shown.getLowerLeftX();
        float bottom = shown.getLowerLeftY();
        float right = shown.getUpperRightX();
        float top = shown.getUpperRightY();
        return switch (rotation) {
            case 90 -> new Matrix(0, 1, -1, 0, right, bottom);
            case 180 -> new Matrix(-1, 0, 0, -1, right, top);
            case 270 -> new Matrix(0, -1, 1, 0, left, top);
            default -> new Matrix(1, 0, 0, 1, left, bottom);
        };
    }

    /** A long name on a narrow page is printed smaller rather than cut off at the edge. */
    private static float fittingSize(PDType0Font font, String line, float room) throws IOException {
        float atFull = font.getStringWidth(line) / 1000 * FONT_SIZE;
        return atFull <= room || atFull == 0 ? FONT_SIZE : FONT_SIZE * Math.max(room, 1) / atFull;
    }

    /**
     * A text as the font can print it. A run of characters Liberation Sans lacks (Chinese,
     * Arabic, Devanagari …) is written in Latin letters, transliterated by ICU ("Any-Latin;
     * Latin-ASCII"), rather than the copy failing or showing empty boxes; what even that leaves
     * unprintable (an emoji) becomes "?". Line breaks and tabs become spaces.
     */
    private static final class Printable {

        private final CmapLookup glyphs;
        private Transliterator toLatin;

        Printable(TrueTypeFont font) throws IOException {
            this.glyphs = font.getUnicodeCmapLookup();
        }

        String of(String text) {
            String composed = Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
            StringBuilder printable = new StringBuilder();
            StringBuilder lacking = new StringBuilder();
            composed.codePoints().forEach(c -> {
                if (printable(c)) {
                    transliterate(lacking, printable);
                    printable.appendCodePoint(c);
                } else {
                    lacking.appendCodePoint(c);
                }
            });
            transliterate(lacking, printable);
            return printable.toString();
        }

        private void transliterate(StringBuilder lacking, StringBuilder into) {
            if (lacking.isEmpty()) {
                return;
            }
            if (toLatin == null) {
                toLatin = Transliterator.getInstance(TO_LATIN);
            }
            toLatin.transliterate(lacking.toString()).codePoints()
                    .forEach(c -> into.appendCodePoint(printable(c) ? c : '?'));
            lacking.setLength(0);
        }

        private boolean printable(int c) {
            return glyphs.getGlyphId(c) > 0;
        }
    }
}
