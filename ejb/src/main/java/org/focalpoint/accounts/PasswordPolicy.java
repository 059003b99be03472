package org.focalpoint.accounts;

import org.focalpoint.RuleViolation;

import java.util.Locale;

/**
 * The one rule for a new password, whether chosen at sign-up, by a reset link or on the profile
 * page. Length matters most; a short password must at least mix kinds of characters, while a
 * passphrase of {@value #PASSPHRASE_LENGTH}+ characters may be plain words.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    public static final int PASSPHRASE_LENGTH = 16;
    private static final int REQUIRED_KINDS = 3;
    /** Shorter local parts ("jo@…") are too common as fragments of ordinary words to forbid. */
    private static final int SHORTEST_FORBIDDEN_LOCAL_PART = 3;

    private PasswordPolicy() {
    }

    /** Refuses, with a message saying what to change, a password that does not follow the rule. */
    public static void check(String password, String confirmation, String email) {
        if (password == null || password.isEmpty()) {
            throw new RuleViolation("accounts.choose-password");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            throw new RuleViolation("accounts.password-too-short", String.valueOf(MIN_LENGTH));
        }
        if (length > MAX_LENGTH) {
            throw new RuleViolation("accounts.password-too-long", String.valueOf(MAX_LENGTH));
        }
        String localPart = localPart(email);
        if (localPart.length() >= SHORTEST_FORBIDDEN_LOCAL_PART
                && password.toLowerCase(Locale.ROOT).contains(localPart)) {
            throw new RuleViolation("accounts.password-contains-email");
        }
        if (length < PASSPHRASE_LENGTH && kindsOfCharacters(password) < REQUIRED_KINDS) {
            throw new RuleViolation("accounts.password-too-plain", String.valueOf(PASSPHRASE_LENGTH));
        }
        if (!password.equals(confirmation)) {
            throw new RuleViolation("accounts.passwords-differ");
        }
    }

    private static String localPart(String email) {
        if (email == null) {
            return "";
        }
        String key = email.trim().toLowerCase(Locale.ROOT);
        int at = key.lastIndexOf('@');
        return at < 0 ? key : key.substring(0, at);
    }

    private static int kindsOfCharacters(String password) {
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean symbol = false;
        for (int cp : password.codePoints().toArray()) {
            if (Character.isLowerCase(cp)) {
                lower = true;
            } else if (Character.isUpperCase(cp)) {
                upper = true;
            } else if (Character.isDigit(cp)) {
                digit = true;
            } else {
                symbol = true;
            }
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
    }
}
