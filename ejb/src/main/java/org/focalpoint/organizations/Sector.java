package org.focalpoint.organizations;

/** The three ITU sectors an organization or an event belongs to. */
public enum Sector {
    ITU_R("ITU-R"),
    ITU_T("ITU-T"),
    ITU_D("ITU-D");

    private final String label;

    Sector(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
