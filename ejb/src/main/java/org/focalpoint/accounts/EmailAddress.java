package org.focalpoint.accounts;

import java.util.regex.Pattern;

/**
 * Whether a typed address can be an e-mail address at all. Deliberately loose: the confirmation
 * mail proves the address works, this only catches typing mistakes early.
 */
public final class EmailAddress {

    private static final Pattern SHAPE = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

    private EmailAddress() {
    }

    public static boolean isValid(String address) {
        return address != null && address.strip().length() <= 254 && SHAPE.matcher(address.strip()).matches();
    }
}
