package org.focalpoint.it;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;

/** What the catalogue's tests upload: real PDFs and PNGs made for them, and product numbers no other run took. */
final class CatalogueSamples {

    private static final SecureRandom RANDOM = new SecureRandom();

    private CatalogueSamples() {
    }

    /** Nine digits starting with 97, 98 or 99 as {@code prefix} says; the demo catalogue keeps to 1000xxxxx. */
    static String productNumber(int prefix) {
        return prefix + String.format("%07d", RANDOM.nextInt(10_000_000));
    }

    static byte[] pdf(int pages) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < pages; i++) {
                document.addPage(new PDPage());
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] png(int width, int height) {
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        picture.setRGB(RANDOM.nextInt(width), RANDOM.nextInt(height), RANDOM.nextInt(0xFFFFFF));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(picture, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** {@code size} bytes that start as a PDF does, made as they are read: a file over the limit without holding it. */
    static InputStream pdfOfSize(long size) {
        byte[] header = "%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        return new InputStream() {
            private long given;

            @Override
            public int read() {
                if (given >= size) {
                    return -1;
                }
                return given < header.length ? header[(int) given++] : (byte) (given++ % 7 + '0');
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (given >= size) {
                    return -1;
                }
                int n = (int) Math.min(len, size - given);
                for (int i = 0; i < n; i++) {
                    b[off + i] = (byte) read();
                }
                return n;
            }
        };
    }
}
