package org.focalpoint.mailbox.reading;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DecodedSourceTest {

    private static final String MESSAGE = """
            From: =?UTF-8?Q?Luc=C3=ADa_Garc=C3=ADa?= <lucia.garcia@ejemplo.test>
            To: tsbdir@itu.int
            Subject: =?UTF-8?B?QXByb2JhY2nDs24gYXV0b23DoXRpY2E=?=
            MIME-Version: 1.0
            Content-Type: multipart/mixed; boundary="b1"

            --b1
            Content-Type: text/plain; charset=UTF-8
            Content-Transfer-Encoding: quoted-printable

            En nombre de la Compa=C3=B1=C3=ADa Ejemplo, solicitamos la aprobaci=C3=B3n=
             autom=C3=A1tica.
            --b1
            Content-Type: text/plain; charset=ISO-8859-1
            Content-Transfer-Encoding: base64

            TG/vYyBlbiBmcmFu52Fpcw==
            --b1
            Content-Type: application/pdf; name="carta.pdf"
            Content-Disposition: attachment; filename="carta.pdf"
            Content-Transfer-Encoding: base64

            JVBERi0xLjQKJcOkw7zDtsOfCg==
            --b1--
            """;

    private static final String DECODED = DecodedSource.of(MESSAGE.getBytes(StandardCharsets.US_ASCII));

    @Test
    void headersAreShownWithTheirEncodedWordsDecoded() {
        assertTrue(DECODED.contains("From: Lucía García <lucia.garcia@ejemplo.test>"), DECODED);
        assertTrue(DECODED.contains("Subject: Aprobación automática"), DECODED);
    }

    @Test
    void textPartsAreShownDecodedFromQuotedPrintableAndBase64InTheirCharset() {
        assertTrue(DECODED.contains("En nombre de la Compañía Ejemplo, solicitamos la aprobación automática."), DECODED);
        assertTrue(DECODED.contains("Loïc en français"), DECODED);
        assertFalse(DECODED.contains("=C3=B1"), DECODED);
    }

    @Test
    void aPartThatIsNoTextIsNamedWithItsSizeNotShown() {
        assertTrue(DECODED.contains("[application/pdf, carta.pdf, 19 B]"), DECODED);
        assertFalse(DECODED.contains("JVBERi0"), DECODED);
    }

    @Test
    void aMessageWhoseStructureCannotBeReadHasNoDecodedForm() {
        assertNull(DecodedSource.of("Content-Type: multipart/mixed; boundary=\"\"\n\nbroken".getBytes(StandardCharsets.US_ASCII)));
    }
}
