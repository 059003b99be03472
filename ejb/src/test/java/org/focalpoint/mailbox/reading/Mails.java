package org.focalpoint.mailbox.reading;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** Test mails: raw RFC 822 text written in a test, or a sample file under {@code mails/}. */
final class Mails {

    private static final Session SESSION = Session.getInstance(new Properties());

    private Mails() {
    }

    static MimeMessage raw(String rfc822) {
        return parse(rfc822.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    static MimeMessage raw(byte[] rfc822) {
        return parse(rfc822);
    }

    static MimeMessage file(String name) {
        try (InputStream in = Mails.class.getResourceAsStream("/mails/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No sample mail " + name);
            }
            return parse(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static MailText text(String rfc822) {
        return MailText.of(raw(rfc822));
    }

    private static MimeMessage parse(byte[] bytes) {
        try {
            return new MimeMessage(SESSION, new ByteArrayInputStream(bytes));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
