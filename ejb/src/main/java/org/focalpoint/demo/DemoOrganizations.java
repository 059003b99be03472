package org.focalpoint.demo;

import org.focalpoint.organizations.MembershipCategory;
import org.focalpoint.organizations.Organization;
import org.focalpoint.organizations.Sector;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;

import static org.focalpoint.organizations.MembershipCategory.*;
import static org.focalpoint.organizations.Sector.*;

/**
 * The demo organizations: one of every membership category. The four ITU Members get people;
 * the organizations with a specific status are there to be found in lists and pickers.
 */
record DemoOrganizations(Organization freedonia, Organization acme, Organization nordic, Organization lakeside,
                         Organization openCities, List<Organization> specificStatus) {

    /** Its presence in the database means the demo data has been loaded. */
    static final String MARKER = "Republic of Freedonia — Ministry of Communications";

    /** Created at {@code now}. */
    static DemoOrganizations create(Instant now) {
        return new DemoOrganizations(
                organization(now, MARKER, "LU", MEMBER_STATE, ITU_R, ITU_T, ITU_D),
                organization(now, "Acme Telecom AG", "CH", SECTOR_MEMBER, ITU_T, ITU_R),
                organization(now, "Nordic Networks Oy", "FI", ASSOCIATE, ITU_T),
                organization(now, "University of Lakeside", "CA", ACADEMIA, ITU_R, ITU_T, ITU_D),
                organization(now, "Open Cities Collective", "NL", NON_MEMBER),
                List.of(organization(now,
                        "State of Palestine — Ministry of Telecommunications and Information Technology",
                                "PS", RESOLUTION_99, ITU_R, ITU_T, ITU_D),
                        organization(now, "United Nations Development Programme", "US", UNITED_NATIONS, ITU_D),
                        organization(now, "World Meteorological Organization", "CH", SPECIALIZED_AGENCY, ITU_R),
                        organization(now, "International Atomic Energy Agency", "AT", IAEA, ITU_T),
                        organization(now, "Asia-Pacific Telecommunity", "TH", INTERNATIONAL_REGIONAL_ORGANIZATION,
                                ITU_R, ITU_T, ITU_D)));
    }

    List<Organization> all() {
        return Stream.concat(Stream.of(freedonia, acme, nordic, lakeside, openCities), specificStatus.stream())
                .toList();
    }

    private static Organization organization(Instant now, String name, String country, MembershipCategory category,
                                             Sector... sectors) {
        EnumSet<Sector> set = EnumSet.noneOf(Sector.class);
        set.addAll(List.of(sectors));
        return new Organization(name, country, category, set, now);
    }
}
