package org.focalpoint.shop;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.focalpoint.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What an uploaded master file or cover must be, and how the data folder receives one. */
class CatalogueFileChecksTest {

    static final String NOT_PDF = "This file is not a PDF that opens (or it is incomplete). Nothing was saved.";
    static final String NOT_IMAGE = "A cover must be a PNG or JPEG image; this file is not one that opens. Nothing was saved.";

    @TempDir
    Path folder;

    /** A real PDF of {@code pages} pages, as PDFBox writes one. */
    static byte[] pdf(int pages) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < pages; i++) {
                document.addPage(new PDPage());
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    static byte[] image(String format, int width, int height) throws IOException {
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        picture.setRGB(width / 2, height / 2, 0x0066CC);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(picture, format, out));
        return out.toByteArray();
    }

    private Path file(String name, byte[] content) throws IOException {
        return Files.write(folder.resolve(name), content);
    }

    @Test
    void aRealPdfPassesAndItsPagesAreCounted() throws IOException {
        assertEquals(3, MasterFileCheck.check(file("handbook.pdf", pdf(3))));
    }

    @Test
    void aTextFileNamedPdfIsRefused() throws IOException {
        Path text = file("notes.pdf", "Minutes of the meeting\n%%EOF\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(NOT_PDF, assertThrows(RuleViolation.class, () -> MasterFileCheck.check(text)).getMessage());
        Path framed = file("framed.pdf", "%PDF-1.7\nnot really a PDF\n%%EOF\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(NOT_PDF, assertThrows(RuleViolation.class, () -> MasterFileCheck.check(framed)).getMessage());
    }

    @Test
    void aTruncatedPdfIsRefused() throws IOException {
        byte[] whole = pdf(2);
        Path half = file("half.pdf", Arrays.copyOf(whole, whole.length / 2));
        assertEquals(NOT_PDF, assertThrows(RuleViolation.class, () -> MasterFileCheck.check(half)).getMessage());
    }

    @Test
    void anEncryptedPdfIsRefused() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.protect(new StandardProtectionPolicy("owner-secret", "", new AccessPermission()));
            document.save(out);
        }
        Path locked = file("locked.pdf", out.toByteArray());
        assertTrue(assertThrows(RuleViolation.class, () -> MasterFileCheck.check(locked)).getMessage()
                .startsWith("This PDF is encrypted"));
    }

    @Test
    void aPngAndAJpegPassWithTheirMediaTypes() throws IOException {
        assertEquals("image/png", CoverImageCheck.check(file("cover.png", image("png", 300, 420)), 100, 5000));
        assertEquals("image/jpeg", CoverImageCheck.check(file("cover.jpg", image("jpg", 300, 420)), 100, 5000));
    }

    @Test
    void garbageNamedPngIsRefused() throws IOException {
        Path garbage = file("cover.png", "GIF89a? no, just words".getBytes(StandardCharsets.UTF_8));
        assertEquals(NOT_IMAGE, assertThrows(RuleViolation.class, () -> CoverImageCheck.check(garbage, 100, 5000))
                .getMessage());
        byte[] png = image("png", 300, 420);
        Path cut = file("cut.png", Arrays.copyOf(png, 40));
        assertEquals(NOT_IMAGE, assertThrows(RuleViolation.class, () -> CoverImageCheck.check(cut, 100, 5000))
                .getMessage());
    }

    @Test
    void aGifIsNotACover() throws IOException {
        Path gif = file("cover.gif", image("gif", 300, 420));
        assertEquals(NOT_IMAGE, assertThrows(RuleViolation.class, () -> CoverImageCheck.check(gif, 100, 5000))
                .getMessage());
    }

    @Test
    void aCoverOfUnreasonableSidesIsRefused() throws IOException {
        Path thin = file("thin.png", image("png", 40, 420));
        assertEquals("The image is 40 × 420 pixels; a cover's sides must be between 100 and 5000 pixels. Nothing was saved.",
                assertThrows(RuleViolation.class, () -> CoverImageCheck.check(thin, 100, 5000)).getMessage());
    }

    @Test
    void theDataFolderNamesAnUploadByItsDigestAndRefusesOneOverTheLimitLeavingNothing() throws Exception {
        CatalogueFiles files = new CatalogueFiles(new CatalogueSettings(folder, 1000, 1000, 100, 5000, 1000, 10));
        byte[] content = "%PDF-1.7 small".getBytes(StandardCharsets.UTF_8);
        CatalogueFiles.Received received = files.receive(CatalogueFiles.Shelf.MASTER_FILES,
                new ByteArrayInputStream(content), 1000);
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)), received.digest());
        assertEquals(content.length, received.size());
        files.discard(received);
        assertEquals(List.of(), listed());

        RuleViolation tooLarge = assertThrows(RuleViolation.class, () -> files.receive(CatalogueFiles.Shelf.MASTER_FILES,
                new ByteArrayInputStream(new byte[1001]), 1000));
        assertTrue(tooLarge.getMessage().startsWith("The file is larger than"), tooLarge.getMessage());
        assertThrows(RuleViolation.class, () -> files.receive(CatalogueFiles.Shelf.COVERS,
                new ByteArrayInputStream(new byte[0]), 1000));
        assertEquals(List.of(), listed());
    }

    @Test
    void onlyADigestNamesAStoredFile() {
        CatalogueFiles files = new CatalogueFiles(new CatalogueSettings(folder, 1000, 1000, 100, 5000, 1000, 10));
        assertTrue(files.stored(CatalogueFiles.Shelf.COVERS, "../../etc/passwd").isEmpty());
        assertTrue(files.stored(CatalogueFiles.Shelf.COVERS, "0".repeat(64)).isEmpty());
        assertTrue(files.stored(CatalogueFiles.Shelf.COVERS, null).isEmpty());
    }

    @Test
    void limitsReadInMegabytes() {
        assertEquals("100", CatalogueFiles.megabytes(104_857_600));
        assertEquals("5", CatalogueFiles.megabytes(5_242_880));
        assertEquals("0.5", CatalogueFiles.megabytes(524_288));
    }

    private List<Path> listed() throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(Files::isRegularFile).toList();
        }
    }
}
