package org.focalpoint.notifications;

import org.focalpoint.words.Words;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MailTemplateTest {

    private final MailTemplate sample = new MailTemplate("sample");

    @Test
    void theSubjectAndTheBodyAreRenderedWithTheNamedArguments() {
        OutgoingMail mail = sample.mail(Words.ENGLISH, "ada@example.org",
                Map.of("name", "Ada", "organization", "Acme", "count", 1, "lines", ""));
        assertEquals("ada@example.org", mail.to());
        assertEquals("Acme: 1 request", mail.subject());
        assertEquals("Dear Ada,\n\nAcme's requests:\n\nFocalPoint\n", mail.body());
        assertNull(mail.attachment());
    }

    @Test
    void aPartIsRenderedPerItemAndPassedIntoTheBody() {
        String lines = List.of("Kenji", "Tom").stream()
                .map(person -> sample.part(Words.ENGLISH, "line", Map.of("person", person, "id", String.valueOf(1234))))
                .collect(Collectors.joining());
        OutgoingMail mail = sample.mail(Words.ENGLISH, "ada@example.org",
                Map.of("name", "Ada", "organization", "Acme", "count", 2, "lines", lines));
        assertEquals("Acme: 2 requests", mail.subject());
        assertEquals("Dear Ada,\n\nAcme's requests:\n- Kenji (1234)\n- Tom (1234)\n\nFocalPoint\n", mail.body());
    }

    @Test
    void theAttachmentGoesWithTheMail() {
        OutgoingMail.Attachment csv = new OutgoingMail.Attachment("list.csv", "text/csv",
                "a,b".getBytes(StandardCharsets.UTF_8));
        OutgoingMail mail = sample.mail(Words.ENGLISH, "ada@example.org",
                Map.of("name", "Ada", "organization", "Acme", "count", 0, "lines", ""), csv);
        assertEquals("Acme: 0 requests", mail.subject());
        assertEquals("list.csv", mail.attachment().fileName());
        assertArrayEquals(csv.content(), mail.attachment().content());
    }

    @Test
    void aKindWithoutItsFileOrItsBodyFailsAsItIsMade() {
        assertThrows(IllegalArgumentException.class, () -> new MailTemplate("no-such-mail"));
        assertThrows(IllegalArgumentException.class, () -> new MailTemplate("sample-without-body"));
    }

    @Test
    void aPartTheFileLacksFailsLoudly() {
        assertThrows(IllegalArgumentException.class, () -> sample.part(Words.ENGLISH, "footer", Map.of()));
    }
}
