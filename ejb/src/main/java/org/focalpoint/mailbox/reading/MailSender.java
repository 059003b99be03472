package org.focalpoint.mailbox.reading;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The From of a mail: its address (lower case, or null when the header is missing or unreadable)
 * and the display name as shown by a mail client (or null).
 */
public record MailSender(String address, String displayName) {

    private static final Pattern ADDRESS_IN_NAME = Pattern.compile("[^\\s<>\"'()]+@[^\\s<>\"'()]+\\.[^\\s<>\"'()]+");

    public MailSender {
        address = address == null || address.isBlank() ? null : address.strip().toLowerCase(Locale.ROOT);
        displayName = displayName == null || displayName.isBlank() ? null : displayName.strip();
    }

    /**
     * The address a display name pretends to be, when it differs from the real one: a name such as
     * "tsbdir@itu.int" on a mail from elsewhere is the commonest disguise, and a person reading
     * the queue sees the name first.
     */
    public String displayedOtherAddress() {
        if (displayName == null) {
            return null;
        }
        // a display name is short; looking at no more keeps the pattern linear on a hostile one
        Matcher m = ADDRESS_IN_NAME.matcher(displayName.length() > 320 ? displayName.substring(0, 320) : displayName);
        while (m.find()) {
            String shown = m.group().toLowerCase(Locale.ROOT);
            if (!shown.equals(address)) {
                return shown;
            }
        }
        return null;
    }
}
