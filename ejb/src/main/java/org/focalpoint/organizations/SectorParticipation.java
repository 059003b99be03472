package org.focalpoint.organizations;

import org.focalpoint.RuleViolation;

import java.util.Optional;
import java.util.Set;

/**
 * The one rule for which sectors an organization of a category may take part in. A Member State and
 * Academia are in all three sectors, a Sector Member in one or more, an Associate in exactly one.
 * Where the domain is silent: an organization with a specific status (Resolution 99, UN, agencies,
 * regional organizations) is invited to the sectors it chooses, so any of them or none; a
 * non-member takes part in no sector, as sectors only matter for ITU membership and statutory events.
 */
public final class SectorParticipation {

    private SectorParticipation() {
    }

    /** What is wrong with these sectors for this category, in words for staff; empty when they fit. */
    public static Optional<String> problem(MembershipCategory category, Set<Sector> sectors) {
        return refused(category, sectors).map(RuleViolation::getMessage);
    }

    /** The same, to throw. */
    static Optional<RuleViolation> refused(MembershipCategory category, Set<Sector> sectors) {
        int count = sectors == null ? 0 : sectors.size();
        return switch (category) {
            case MEMBER_STATE -> count == Sector.values().length ? Optional.empty()
                    : Optional.of(new RuleViolation("organizations.all-sectors", category));
            case ACADEMIA -> count == Sector.values().length ? Optional.empty()
                    : Optional.of(new RuleViolation("organizations.all-sectors-academia"));
            case SECTOR_MEMBER -> count >= 1 ? Optional.empty()
                    : Optional.of(new RuleViolation("organizations.some-sectors", category));
            case ASSOCIATE -> count == 1 ? Optional.empty()
                    : Optional.of(new RuleViolation("organizations.one-sector-associate"));
            case NON_MEMBER -> count == 0 ? Optional.empty()
                    : Optional.of(new RuleViolation("organizations.no-sector-non-member"));
            case RESOLUTION_99, UNITED_NATIONS, SPECIALIZED_AGENCY, IAEA, INTERNATIONAL_REGIONAL_ORGANIZATION ->
                    Optional.empty();
        };
    }
}
