package org.focalpoint.accounts;

import java.util.regex.Pattern;

/**
 * Whether a typed e-mail address can be a real mailbox. Deliberately plainer than RFC 5322: no
 * quoted local parts, comments or IP literals, which nobody types at a sign-up form and which
 * mail servers often refuse anyway. Whether the mailbox exists is proved by the verification link.
 */
public final class EmailAddress {

    public static final int MAX_LENGTH = 254;

    private static final Pattern LOCAL = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    private static final Pattern LABEL = Pattern.compile("[\\p{L}\\p{N}]([\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?");
    private static final Pattern TOP_LEVEL = Pattern.compile("[\\p{L}]{2,63}|xn--[A-Za-z0-9-]{1,59}");

    private EmailAddress() {
    }

    /** {@code address} as typed; surrounding spaces are allowed (they are trimmed when stored). */
    public static boolean isValid(String address) {
        if (address == null) {
            return false;
        }
        String a = address.strip();
        int at = a.lastIndexOf('@');
        if (a.length() > MAX_LENGTH || at < 1 || at != a.indexOf('@')) {
            return false;
        }
        String local = a.substring(0, at);
        String domain = a.substring(at + 1);
        if (local.length() > 64 || !LOCAL.matcher(local).matches()) {
            return false;
        }
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2) {
            return false;
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return TOP_LEVEL.matcher(labels[labels.length - 1]).matches();
    }
}
