package org.focalpoint.optin;

import org.focalpoint.organizations.Sector;
import org.focalpoint.words.Labelled;

import java.io.Serializable;

/**
 * What staff look for in the list of members' opt-ins; every part is optional. With a sector, the
 * standing is that sector's; without, opted in (or out) for any sector, or never for any.
 */
public record OptInFilter(String name, Sector sector, Standing standing) implements Serializable {

    public enum Standing implements Labelled {
        OPTED_IN,
        OPTED_OUT,
        NEVER;

        @Override
        public String labelGroup() {
            return "opt-in-filter-standing";
        }
    }

    public static OptInFilter everything() {
        return new OptInFilter(null, null, null);
    }
}
