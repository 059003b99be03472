package org.focalpoint.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.focalpoint.shop.CatalogueFiles;
import org.focalpoint.shop.Edition;
import org.focalpoint.shop.EditionFormat;
import org.focalpoint.shop.Publication;
import org.focalpoint.shop.ShopCategory;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The demo catalogue's covers and the master files of its free PDF editions, made here and kept in
 * the data folder as staff's uploads are, so that the demo shows covers and a signed-in person can
 * download a free Recommendation. Covers are drawn without text and the PDFs use a standard PDF font
 * with ASCII text only: neither needs a font installed on the machine.
 */
@ApplicationScoped
class DemoFiles {

    private static final int COVER_WIDTH = 300;
    private static final int COVER_HEIGHT = 420;
    private static final Map<ShopCategory, Color> CATEGORY_COLOURS = Map.of(
            ShopCategory.GENERAL_SECRETARIAT, new Color(0x00, 0x4b, 0x87),
            ShopCategory.ITU_R, new Color(0x00, 0x6f, 0xa6),
            ShopCategory.ITU_T, new Color(0x2e, 0x7d, 0x32),
            ShopCategory.ITU_D, new Color(0xc4, 0x5a, 0x00));

    @Inject
    private CatalogueFiles files;

    /**
     * A cover for every publication and a master file for every PDF edition (a free one is downloaded
     * as it is, a bought one as the buyer's personalised copy), in the caller's transaction.
     */
    void attachTo(List<Publication> publications) {
        for (Publication publication : publications) {
            CatalogueFiles.Received cover = keep(CatalogueFiles.Shelf.COVERS, cover(publication));
            publication.cover(cover.digest(), "image/png");
            for (Edition edition : publication.getEditions()) {
                if (edition.getFormat() == EditionFormat.PDF) {
                    CatalogueFiles.Received master = keep(CatalogueFiles.Shelf.MASTER_FILES, masterFile(edition));
                    edition.masterFile(master.digest(), master.size());
                }
            }
        }
    }

    private CatalogueFiles.Received keep(CatalogueFiles.Shelf shelf, byte[] content) {
        CatalogueFiles.Received received = files.receive(shelf, new ByteArrayInputStream(content), Long.MAX_VALUE);
        files.keep(received);
        return received;
    }

    /** The category's colour, a white title panel and bands placed by the product number, so that no two look alike. */
    private static byte[] cover(Publication publication) {
        BufferedImage image = new BufferedImage(COVER_WIDTH, COVER_HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            Color colour = CATEGORY_COLOURS.get(publication.getCategory());
            g.setColor(colour);
            g.fillRect(0, 0, COVER_WIDTH, COVER_HEIGHT);
            g.setColor(Color.WHITE);
            g.fillRect(24, 60, COVER_WIDTH - 48, 150);
            int seed = Integer.parseInt(publication.getProductNumber().substring(5));
            g.setColor(colour.brighter());
            for (int band = 0; band < 4; band++) {
                int y = 250 + band * 38;
                g.fillRect(24, y, 60 + (seed >> (band * 3) & 7) * 25, 18);
            }
            g.setColor(colour.darker());
            for (int line = 0; line < 4; line++) {
                g.fillRect(44, 90 + line * 28, 120 + (seed >> line & 3) * 25, 10);
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    /** A two-page PDF naming the publication by its product number and the edition's language. */
    private static byte[] masterFile(Edition edition) {
        Publication publication = edition.getPublication();
        try (PDDocument document = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int page = 1; page <= 2; page++) {
                PDPage pdfPage = new PDPage();
                document.addPage(pdfPage);
                try (PDPageContentStream text = new PDPageContentStream(document, pdfPage)) {
                    text.beginText();
                    text.setFont(font, 14);
                    text.newLineAtOffset(72, 720);
                    text.showText("ITU publication " + publication.getProductNumber() + " ("
                            + edition.getLanguage().code() + "), " + publication.getYear());
                    text.newLineAtOffset(0, -24);
                    text.showText("FocalPoint demo copy, page " + page + " of 2");
                    text.endText();
                }
            }
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            document.save(pdf);
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
