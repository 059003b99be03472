package org.focalpoint.mailbox.reading;

/** Who signed the request, as their signature block says; any part may be null. */
public record Signatory(String name, String title, String organization) {

    public String shown() {
        StringBuilder s = new StringBuilder(name == null ? "(no name)" : name);
        if (title != null) {
            s.append(", ").append(title);
        }
        if (organization != null) {
            s.append(", ").append(organization);
        }
        return s.toString();
    }
}
