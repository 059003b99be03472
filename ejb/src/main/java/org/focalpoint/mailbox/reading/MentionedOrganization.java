package org.focalpoint.mailbox.reading;

/** An organization as the mail writes it, and where: what the registry match starts from. */
public record MentionedOrganization(String asWritten, Where where) {

    public enum Where {
        /** "On behalf of X", "Au nom de X", "En nombre de X" */
        STATEMENT("in the request"),
        /** the signature's organization line, or another line of the signature */
        SIGNATURE("in the signature"),
        SUBJECT("in the subject");

        private final String label;

        Where(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
