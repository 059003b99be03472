package org.focalpoint.optin;

import org.focalpoint.organizations.Sector;

import java.io.Serializable;

/**
 * What staff look for in the list of members' opt-ins; every part is optional. With a sector, the
 * standing is that sector's; without, opted in (or out) for any sector, or never for any.
 */
public record OptInFilter(String name, Sector sector, Standing standing) implements Serializable {

    public enum Standing {
        OPTED_IN("Opted in"),
        OPTED_OUT("Opted out or lapsed"),
        NEVER("Never opted in");

        private final String label;

        Standing(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static OptInFilter everything() {
        return new OptInFilter(null, null, null);
    }
}
