package org.focalpoint.mailbox.reading;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Walks a message's MIME tree and gathers its readable text: text/plain preferred over HTML in
 * multipart/alternative, every inline text part of multipart/mixed in order, forwarded messages
 * (message/rfc822) under a "Forwarded message" header so that the request reader knows them for
 * what they are. Attachments are named, never read, so a 10 MB file costs nothing.
 */
final class MimeBody {

    /** The review queue stores at most this much text of a message. */
    static final int MAX_TEXT = 200_000;
    /** Deeper nesting than this is no real mail; stopping keeps a hostile one cheap. */
    private static final int MAX_DEPTH = 20;

    static final String FORWARD_MARKER = "---------- Forwarded message ---------";

    final StringBuilder text = new StringBuilder();
    final List<String> attachments = new ArrayList<>();
    final List<String> notes = new ArrayList<>();

    void walk(Part part, int depth) throws MessagingException, IOException {
        if (depth > MAX_DEPTH) {
            notes.add("Parts nested deeper than " + MAX_DEPTH + " levels were not read");
            return;
        }
        ContentType type = new ContentType(part.getContentType() == null ? "text/plain" : part.getContentType());
        if (type.match("message/rfc822")) {
            forwarded(part, depth);
        } else if (isAttachment(part)) {
            attachments.add(describe(part, type));
        } else if (type.match("multipart/alternative")) {
            alternative((Multipart) part.getContent(), depth);
        } else if (type.getPrimaryType().equalsIgnoreCase("multipart")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                walk(multipart.getBodyPart(i), depth + 1);
            }
        } else if (type.match("text/plain")) {
            String plain = decoded(part, type);
            if ("flowed".equalsIgnoreCase(type.getParameter("format"))) {
                plain = FlowedText.unflow(plain, "yes".equalsIgnoreCase(type.getParameter("delsp")));
            }
            append(plain);
        } else if (type.match("text/html")) {
            append(HtmlText.of(decoded(part, type)));
        } else {
            attachments.add(describe(part, type));
        }
    }

    private void alternative(Multipart multipart, int depth) throws MessagingException, IOException {
        MimeBody chosen = null;
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart candidate = multipart.getBodyPart(i);
            MimeBody reading = new MimeBody();
            reading.walk(candidate, depth + 1);
            if (reading.text.toString().isBlank()) {
                continue;
            }
            boolean plain = new ContentType(candidate.getContentType()).match("text/plain");
            if (chosen == null || plain) {
                chosen = reading;
            }
            if (plain) {
                break;
            }
        }
        if (chosen != null) {
            append(chosen.text.toString());
            attachments.addAll(chosen.attachments);
            notes.addAll(chosen.notes);
        }
    }

    private void forwarded(Part part, int depth) throws MessagingException, IOException {
        Object content = part.getContent();
        if (!(content instanceof MimeMessage inner)) {
            attachments.add(describe(part, new ContentType(part.getContentType())));
            return;
        }
        StringBuilder header = new StringBuilder(FORWARD_MARKER).append('\n');
        header.append("From: ").append(from(inner)).append('\n');
        String[] date = inner.getHeader("Date");
        if (date != null) {
            header.append("Date: ").append(date[0]).append('\n');
        }
        header.append("Subject: ").append(inner.getSubject() == null ? "" : inner.getSubject());
        append(header.toString());
        walk(inner, depth + 1);
    }

    private static String from(Message message) {
        try {
            jakarta.mail.Address[] from = message.getFrom();
            return from == null || from.length == 0 ? "" : ((InternetAddress) from[0]).toUnicodeString();
        } catch (MessagingException | ClassCastException e) {
            return "";
        }
    }

    private static boolean isAttachment(Part part) throws MessagingException {
        return Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null;
    }

    private static String describe(Part part, ContentType type) throws MessagingException {
        String name = part.getFileName();
        String kind = type.getBaseType().toLowerCase(Locale.ROOT);
        return name == null ? kind : name + " (" + kind + ")";
    }

    private String decoded(Part part, ContentType type) throws MessagingException, IOException {
        byte[] bytes;
        try (InputStream in = part.getInputStream()) {
            bytes = in.readNBytes(MAX_TEXT * 4 + 1);
        }
        // one line ending everywhere, so that line-based reading (quotes, signatures) needs no care
        return BodyCharset.decode(bytes, type.getParameter("charset"), notes).replace("\r\n", "\n").replace('\r', '\n');
    }

    private void append(String piece) {
        String trimmed = piece.strip();
        if (trimmed.isEmpty()) {
            return;
        }
        if (text.length() > 0) {
            text.append("\n\n");
        }
        text.append(trimmed);
    }
}
