package org.focalpoint.shop;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.focalpoint.RuleViolation;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A master file is a PDF that opens: it starts as a PDF does and ends with the end-of-file marker
 * (PDFBox repairs a truncated file silently, and a personalised copy made from a repaired one would
 * lack pages), PDFBox loads it, it is not encrypted (a copy could not be stamped) and every page
 * it says it has can be read.
 */
public final class MasterFileCheck {

    private static final String HEADER = "%PDF-";
    private static final String END = "%%EOF";
    /** Readers accept the end marker anywhere in the last kilobyte, after trailing garbage or blanks. */
    private static final int TAIL = 1024;

    private MasterFileCheck() {
    }

    /** Refused with the reason a person can act on; returns its number of pages. */
    public static int check(Path file) {
        if (!framedAsPdf(file)) {
            throw new RuleViolation("shop.master-file-not-pdf");
        }
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            if (document.isEncrypted()) {
                throw new RuleViolation("shop.master-file-encrypted");
            }
            int pages = 0;
            for (PDPage page : document.getPages()) {
                page.getMediaBox();
                pages++;
            }
            if (pages == 0 || pages != document.getNumberOfPages()) {
                throw new RuleViolation("shop.master-file-not-pdf");
            }
            return pages;
        } catch (InvalidPasswordException e) {
            throw new RuleViolation("shop.master-file-encrypted");
        } catch (IOException | RuntimeException e) {
            if (e instanceof RuleViolation refused) {
                throw refused;
            }
            throw new RuleViolation("shop.master-file-not-pdf");
        }
    }

    private static boolean framedAsPdf(Path file) {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long length = in.length();
            if (length < HEADER.length() + END.length()) {
                return false;
            }
            byte[] head = new byte[HEADER.length()];
            in.readFully(head);
            int tailLength = (int) Math.min(TAIL, length);
            byte[] tail = new byte[tailLength];
            in.seek(length - tailLength);
            in.readFully(tail);
            return new String(head, StandardCharsets.ISO_8859_1).equals(HEADER)
                    && new String(tail, StandardCharsets.ISO_8859_1).contains(END);
        } catch (IOException e) {
            return false;
        }
    }
}
