package org.focalpoint;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 written in lower-case hex: what names a file by its content, tells one mail from
 * another and keeps a token or an address only as its digest.
 */
public final class Sha256 {

    private final MessageDigest digest;

    private Sha256() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every Java runtime has SHA-256
        }
    }

    /** For content read in parts, such as an upload: {@link #update} each, then {@link #hex}. */
    public static Sha256 reading() {
        return new Sha256();
    }

    public static String of(byte[] content) {
        return reading().update(content, 0, content.length).hex();
    }

    /** Of the text's UTF-8 bytes. */
    public static String of(String text) {
        return of(text.getBytes(StandardCharsets.UTF_8));
    }

    public Sha256 update(byte[] part, int offset, int length) {
        digest.update(part, offset, length);
        return this;
    }

    public String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
