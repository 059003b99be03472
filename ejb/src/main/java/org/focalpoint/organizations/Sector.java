package org.focalpoint.organizations;

import org.focalpoint.words.Labelled;

/** The three ITU sectors an organization or an event belongs to. */
public enum Sector implements Labelled {
    ITU_R,
    ITU_T,
    ITU_D;

    @Override
    public String labelGroup() {
        return "sector";
    }
}
