package org.focalpoint.mailbox.reading;

import jakarta.mail.internet.MimeUtility;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Locale;

/**
 * Decodes a text part's bytes. Mail clients often declare a charset their text does not use
 * (us-ascii over accented text, UTF-8 over windows-1252) or one Java does not know; the text is
 * then read the way browsers do, and a note says so, rather than the mail being lost.
 */
final class BodyCharset {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private BodyCharset() {
    }

    static String decode(byte[] bytes, String declared, List<String> notes) {
        Charset charset = known(declared);
        if (charset == null && declared != null) {
            notes.add("Unknown charset \"" + declared + "\": the text was read as " + guessName(bytes));
            return guess(bytes);
        }
        if (charset == null || charset.equals(StandardCharsets.US_ASCII)) {
            return isAscii(bytes) ? new String(bytes, StandardCharsets.US_ASCII) : guess(bytes);
        }
        if (charset.equals(StandardCharsets.ISO_8859_1)) {
            // windows-1252 is ISO-8859-1 plus printable characters (curly quotes, dashes) where
            // ISO-8859-1 has control codes; senders who say Latin-1 mean it.
            return new String(bytes, WINDOWS_1252);
        }
        if (charset.equals(StandardCharsets.UTF_8)) {
            String strict = strictUtf8(bytes);
            if (strict == null) {
                notes.add("The text is declared UTF-8 but is not: it was read as windows-1252");
                return new String(bytes, WINDOWS_1252);
            }
            return strict;
        }
        return new String(bytes, charset);
    }

    private static Charset known(String declared) {
        if (declared == null || declared.isBlank()) {
            return null;
        }
        try {
            return Charset.forName(MimeUtility.javaCharset(declared.strip().toLowerCase(Locale.ROOT)));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static String guess(byte[] bytes) {
        String utf8 = strictUtf8(bytes);
        return utf8 != null ? utf8 : new String(bytes, WINDOWS_1252);
    }

    private static String guessName(byte[] bytes) {
        return strictUtf8(bytes) != null ? "UTF-8" : "windows-1252";
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
