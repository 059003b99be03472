package org.focalpoint.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The layering rule of docs/architecture.md, read from the compiled classes of ejb, batch and web: a
 * feature uses only features on a floor below its own, and the ground floor uses nothing above it.
 * A package keeps its floor in every module (web's and batch's {@code nightly} sit where ejb's does).
 */
class LayeringTest {

    private static final String ROOT = "org.focalpoint";

    /** From the ground up; a package on the ground floor may use any other of it. */
    private static final List<Set<String>> FLOORS = List.of(
            Set.of("", "persistence", "csv", "notifications", "security", "faces",
                    "accounts", "organizations", "affiliations", "audit", "consent", "decisions", "time", "words"),
            Set.of("optin", "tiesfocalpoint", "nightly", "signup", "shop"),
            Set.of("events", "mailbox.reading", "shop.pricing"),
            Set.of("mailbox", "delegation", "deactivation", "reconciliation", "delegationreview", "activity",
                    "shop.orders"),
            Set.of("reminders", "demo"));

    private static JavaClasses classes;

    @BeforeAll
    static void readTheCompiledModules() {
        classes = new ClassFileImporter().importPaths(
                Path.of(System.getProperty("it.classes.ejb")),
                Path.of(System.getProperty("it.classes.batch")),
                Path.of(System.getProperty("it.classes.web")));
    }

    @Test
    void everyPackageHasAFloor() {
        Set<String> unplaced = new TreeSet<>();
        for (JavaClass c : classes) {
            if (floorOf(feature(c)) < 0) {
                unplaced.add(c.getPackageName());
            }
        }
        assertEquals(Set.of(), unplaced, "packages missing from LayeringTest.FLOORS and docs/architecture.md");
    }

    @Test
    void everyDependencyPointsDown() {
        Set<String> upwards = new TreeSet<>();
        for (JavaClass c : classes) {
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                JavaClass target = d.getTargetClass();
                if (target.getPackageName().startsWith(ROOT) && !allowed(feature(c), feature(target))) {
                    upwards.add(c.getName() + " -> " + target.getName());
                }
            }
        }
        assertEquals(Set.of(), upwards, "dependencies that do not point down a floor");
    }

    @Test
    void theRuleSeesTheClasses() {
        assertFalse(classes.isEmpty(), "no compiled classes were read");
        assertFalse(allowed("accounts", "events"), "the ground floor must not reach up");
        assertFalse(allowed("optin", "tiesfocalpoint"), "features on one floor must not reach sideways");
    }

    private static boolean allowed(String from, String to) {
        if (from.equals(to)) {
            return true;
        }
        int fromFloor = floorOf(from);
        int toFloor = floorOf(to);
        return toFloor >= 0 && (toFloor < fromFloor || toFloor == 0 && fromFloor == 0);
    }

    private static int floorOf(String feature) {
        for (int i = 0; i < FLOORS.size(); i++) {
            if (FLOORS.get(i).contains(feature)) {
                return i;
            }
        }
        return -1;
    }

    /** The package below org.focalpoint ("mailbox.reading"), empty for the root package itself. */
    private static String feature(JavaClass c) {
        String name = c.getPackageName();
        return name.equals(ROOT) ? "" : name.substring(ROOT.length() + 1);
    }
}
