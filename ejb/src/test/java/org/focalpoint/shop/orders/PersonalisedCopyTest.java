package org.focalpoint.shop.orders;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A delivered copy names its licensee on every page, however the master's pages are laid out. */
class PersonalisedCopyTest {

    private static final String ORDER = "2600000123";
    private static final String LICENCE = "Licensed to one reader; not to be passed on.";

    @TempDir
    Path folder;

    @Test
    void everyPageNamesTheBuyerAndTheOrderAndKeepsItsContent() throws IOException {
        Path master = master();
        byte[] before = Files.readAllBytes(master);
        Path copy = folder.resolve("copy.pdf");

        PersonalisedCopy.write(master, new Licensee("Anna Müller", "Ministry of Posts", ORDER, LICENCE), copy);

        List<String> pages = pagesOf(copy);
        assertEquals(3, pages.size());
        for (int i = 0; i < pages.size(); i++) {
            String page = pages.get(i);
            // the master's own text runs up the turned page: the stripper may split its words there
            assertTrue(page.replace(" ", "").contains("Masterpage" + (i + 1)), "the master's text on page " + (i + 1) + ": " + page);
            assertTrue(page.contains("Anna Müller, Ministry of Posts"), page);
            assertTrue(page.contains(ORDER), page);
            assertTrue(page.contains(LICENCE), page);
        }
        try (PDDocument document = Loader.loadPDF(copy.toFile())) {
            assertEquals("The Master", document.getDocumentInformation().getTitle());
            assertTrue(document.getDocumentInformation().getSubject().contains("Anna Müller"));
            assertEquals(90, document.getPage(1).getRotation());
        }
        assertArrayEquals(before, Files.readAllBytes(master), "the master is not changed");
        try (var left = Files.list(folder)) {
            assertEquals(List.of("copy.pdf", "master.pdf"), left.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no part file is left behind");
        }
    }

    @Test
    void theLinesAreAtTheFootOfThePageAsItIsShown() throws IOException {
        Path copy = folder.resolve("copy.pdf");
        PersonalisedCopy.write(master(), new Licensee("Anna Müller", null, ORDER, LICENCE), copy);

        try (PDDocument document = Loader.loadPDF(copy.toFile())) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                BufferedImage shown = renderer.renderImage(i, 1);
                int[] foot = inkBox(shown, 0, shown.getHeight() - 40, shown.getWidth(), shown.getHeight());
                assertTrue(foot != null, "lines at the foot of page " + (i + 1));
                assertTrue(foot[2] - foot[0] > 100, "running across page " + (i + 1) + ", not up its side");
                assertEquals(null, inkBox(shown, 0, 0, shown.getWidth(), 40), "nothing at the top of page " + (i + 1));
                assertEquals(null, inkBox(shown, shown.getWidth() - 10, 0, shown.getWidth(), shown.getHeight()),
                        "nothing runs off the right edge of page " + (i + 1));
            }
        }
    }

    @Test
    void aRussianNameIsPrintedInCyrillicAndAGreekOrganizationInGreek() throws IOException {
        Path copy = folder.resolve("copy.pdf");
        PersonalisedCopy.write(master(), new Licensee("Анна Павлова", "Υπουργείο Ψηφιακής Διακυβέρνησης", ORDER,
                "Лицензия для одного читателя."), copy);

        for (String page : pagesOf(copy)) {
            assertTrue(page.contains("Анна Павлова, Υπουργείο Ψηφιακής Διακυβέρνησης"), page);
            assertTrue(page.contains("Лицензия для одного читателя."), page);
            assertTrue(page.contains(ORDER), page);
        }
    }

    @Test
    void aChineseNameIsTransliteratedAndTheRestKeptAsWritten() throws IOException {
        Path copy = folder.resolve("copy.pdf");
        PersonalisedCopy.write(master(), new Licensee("张伟 (Zoé)", "中国信息通信研究院", ORDER, LICENCE), copy);

        for (String page : pagesOf(copy)) {
            assertTrue(page.contains("zhang wei (Zoé), zhong guo xin xi tong xin yan jiu yuan"), page);
            assertTrue(page.contains(ORDER), page);
            assertFalse(page.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                    page);
        }
    }

    @Test
    void whatNoScriptCanPrintBecomesAQuestionMark() throws IOException {
        Path copy = folder.resolve("copy.pdf");
        PersonalisedCopy.write(master(), new Licensee("Ada\nLovelace \uD83D\uDE00", null, ORDER, LICENCE), copy);

        assertTrue(pagesOf(copy).get(0).contains("Ada Lovelace ? · " + ORDER));
    }

    /**
     * Three pages: A4 upright, A4 turned a quarter (shown landscape), and a page whose boxes do not
     * start at the origin, cropped, and shown upside down.
     */
    private Path master() throws IOException {
        Path master = folder.resolve("master.pdf");
        try (PDDocument document = new PDDocument()) {
            document.getDocumentInformation().setTitle("The Master");
            PDType1Font helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDPage upright = new PDPage(PDRectangle.A4);
            PDPage turned = new PDPage(PDRectangle.A4);
            turned.setRotation(90);
            PDPage odd = new PDPage(new PDRectangle(-300, 200, 700, 500));
            odd.setCropBox(new PDRectangle(-250, 250, 600, 400));
            odd.setRotation(-180);
            List<PDPage> pages = List.of(upright, turned, odd);
            for (int i = 0; i < pages.size(); i++) {
                PDPage page = pages.get(i);
                document.addPage(page);
                PDRectangle box = page.getCropBox();
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(helvetica, 14);
                    content.newLineAtOffset(box.getLowerLeftX() + box.getWidth() / 3, box.getLowerLeftY() + box.getHeight() / 2);
                    content.showText("Master page " + (i + 1));
                    content.endText();
                }
            }
            document.save(master.toFile());
        }
        return master;
    }

    private static List<String> pagesOf(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> pages = new ArrayList<>();
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(document).replaceAll("\\s+", " "));
            }
            return pages;
        }
    }

    /** The bounds {left, top, right, bottom} of what is printed in the region, null if nothing is. */
    private static int[] inkBox(BufferedImage image, int left, int top, int right, int bottom) {
        int[] box = null;
        for (int y = top; y < bottom; y++) {
            for (int x = left; x < right; x++) {
                int rgb = image.getRGB(x, y);
                boolean ink = ((rgb >> 16) & 0xff) < 200 || ((rgb >> 8) & 0xff) < 200 || (rgb & 0xff) < 200;
                if (ink) {
                    box = box == null ? new int[] {x, y, x, y}
                            : new int[] {Math.min(box[0], x), Math.min(box[1], y), Math.max(box[2], x), Math.max(box[3], y)};
                }
            }
        }
        return box;
    }
}
