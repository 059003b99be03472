package org.focalpoint.mailbox.reading;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MailReadingTest {

    private static final OrganizationRegistry REGISTRY = OrganizationRegistry.of(List.of(
            new RegisteredOrganization(1, "Example Telecom Ltd"), new RegisteredOrganization(2, "Nordlicht Networks GmbH")));

    private static MailReading read(String rfc822, Set<Long> affiliations) {
        return MailReading.of(Mails.text(rfc822), REGISTRY, affiliations);
    }

    @Test
    void anOrganizationNamedOnlyInTheSignatureIsLessSureUnlessTheSenderIsAffiliatedWithIt() {
        String mail = """
                From: jane@example.org
                Subject: automatic approval

                Please opt us in.

                Regards,
                Jane Doe
                Example Telecom Ltd
                """;
        MailReading unaffiliated = read(mail, Set.of());
        assertEquals(Confidence.LOW, unaffiliated.confidence());
        assertTrue(unaffiliated.reasons().contains("The organization is only named in the signature"));
        assertEquals(Confidence.HIGH, read(mail, Set.of(1L)).confidence());
    }

    @Test
    void attachmentsAndReadingNotesAreReasons() {
        MailReading reading = read("""
                From: jane@example.org
                Subject: opt in
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="m"

                --m
                Content-Type: text/plain; charset=x-martian

                On behalf of Example Telecom Ltd, I wish to opt in.
                --m
                Content-Type: application/pdf; name="letter.pdf"
                Content-Disposition: attachment; filename="letter.pdf"

                JVBERi0xLjQK
                --m--
                """, Set.of(1L));
        assertTrue(reading.isReadable());
        assertTrue(reading.reasons().contains("Attachments not read: letter.pdf (application/pdf)"), reading.reasons().toString());
        assertTrue(reading.reasons().contains("Unknown charset \"x-martian\": the text was read as UTF-8"), reading.reasons().toString());
    }

    @Test
    void aMalformedMailIsUnreadableWhateverItsSubjectSays() {
        MailReading reading = read("""
                From: jane@example.org
                Subject: Opt in - Example Telecom Ltd
                Content-Type: multipart/mixed; boundary="a"

                --b
                text
                --b--
                """, Set.of(1L));
        assertEquals(UnreadableReason.MALFORMED, reading.unreadable());
        assertTrue(reading.reasons().get(0).startsWith("The MIME structure cannot be read"), reading.reasons().toString());
    }
}
