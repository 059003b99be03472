package org.focalpoint.consent;

public enum ConsentKind {
    TERMS_OF_USE("Terms of Use"),
    DATA_PRIVACY("Data Privacy statement");

    private final String label;

    ConsentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
