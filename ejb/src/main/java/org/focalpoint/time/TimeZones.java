package org.focalpoint.time;

import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The time zones a person can choose to read times in: the IANA zones of a region and a city
 * ("Europe/Zurich", "Asia/Tokyo"), and UTC. Until they choose, times read as in Geneva, where the
 * Union sits and its meetings mostly are.
 */
public final class TimeZones {

    public static final ZoneId DEFAULT = ZoneId.of("Europe/Zurich");
    public static final ZoneId UTC = ZoneId.of("UTC");

    private static final Pattern CITY = Pattern.compile(
            "(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z_]+(/[A-Za-z_]+)?");
    private static final List<String> CHOICES = ZoneId.getAvailableZoneIds().stream()
            .filter(id -> CITY.matcher(id).matches() || id.equals("UTC")).sorted().toList();
    /** Asked on every page a person opens (their zone): a set, not the list. */
    private static final Set<String> KNOWN = Set.copyOf(CHOICES);

    private TimeZones() {
    }

    public static List<String> choices() {
        return CHOICES;
    }

    public static boolean isKnown(String id) {
        return id != null && KNOWN.contains(id);
    }
}
