package org.focalpoint.mailbox.reading;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimePart;
import jakarta.mail.internet.MimeUtility;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UnsupportedEncodingException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Locale;
import java.util.Properties;

/**
 * A message's source as staff can read it: every header as it came, with its encoded words
 * ("=?UTF-8?Q?…?=") decoded, then each part with its own headers and, for text, its content
 * decoded from quoted-printable or base64 in its charset. A part that is no text is named with
 * its size, not shown. Staff still see the raw form on demand: this is a reading aid, not the
 * evidence.
 */
public final class DecodedSource {

    private static final Session PARSING = Session.getInstance(new Properties());
    private static final int MAX_DEPTH = 20;

    private final StringBuilder out = new StringBuilder();

    private DecodedSource() {
    }

    /** The decoded source, or null when the message's structure cannot be read (the raw form is all there is). */
    public static String of(byte[] rfc822) {
        DecodedSource source = new DecodedSource();
        try {
            source.part(new MimeMessage(PARSING, new ByteArrayInputStream(rfc822)), 0);
            return source.out.toString().strip();
        } catch (MessagingException | IOException | RuntimeException broken) {
            return null;
        }
    }

    private void part(Part part, int depth) throws MessagingException, IOException {
        headers(part);
        out.append('\n');
        if (depth > MAX_DEPTH) {
            return;
        }
        ContentType type = new ContentType(part.getContentType() == null ? "text/plain" : part.getContentType());
        Object content = type.getPrimaryType().equalsIgnoreCase("multipart") || type.match("message/rfc822")
                ? part.getContent() : null;
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                out.append("\n--- ").append(i + 1).append(" / ").append(multipart.getCount()).append(" ---\n");
                part(multipart.getBodyPart(i), depth + 1);
            }
        } else if (content instanceof MimeMessage inner) {
            part(inner, depth + 1);
        } else if (type.getPrimaryType().equalsIgnoreCase("text")) {
            byte[] bytes;
            try (InputStream in = part.getInputStream()) {
                bytes = in.readNBytes(MimeBody.MAX_TEXT * 4);
            }
            out.append(BodyCharset.decode(bytes, type.getParameter("charset"), new ArrayList<>())
                    .replace("\r\n", "\n")).append('\n');
        } else {
            long size;
            try (InputStream in = part.getInputStream()) {
                size = in.transferTo(OutputStream.nullOutputStream());
            }
            out.append("[").append(type.getBaseType().toLowerCase(Locale.ROOT))
                    .append(part.getFileName() == null ? "" : ", " + part.getFileName())
                    .append(", ").append(size).append(" B]\n");
        }
    }

    private void headers(Part part) throws MessagingException {
        for (String line : Collections.list(((MimePart) part).getAllHeaderLines())) {
            out.append(decoded(line.replaceAll("\r?\n[ \t]+", " "))).append('\n');
        }
    }

    private static String decoded(String line) {
        try {
            return MimeUtility.decodeText(line);
        } catch (UnsupportedEncodingException | RuntimeException unknownCharset) {
            return line;
        }
    }
}
