package org.focalpoint.it;

import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * axe-core's rules for WCAG 2.1 A and AA, run in the page a {@link Browser} shows. Only serious
 * and critical violations fail a test: those keep a person from reading or using the page (text
 * too faint to read, a control that has no name), where a moderate one makes it harder.
 */
final class AccessibilityScan {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> FAILING = Set.of("serious", "critical");

    /**
     * The page states that passed in this run. A scan takes about half a second and the browser
     * tests reach the same states again and again (the sign-in page, a queue with other rows): each
     * state is scanned once. A state that failed is scanned again, so every test that reaches it fails.
     */
    private static final Set<String> PASSED = ConcurrentHashMap.newKeySet();

    /**
     * What makes a state of a page: its path and its elements as markup without text, ids or
     * values, each element's attributes by name, where it holds text and whether it is shown, and
     * a run of alike siblings (a table's rows, a list's items) as one. A message shown, a dialog
     * opened or a row selected is another state; the same table with other rows is not.
     */
    private static final String STATE = """
            function shape(element) {
                var own = Array.prototype.some.call(element.childNodes, function (n) {
                    return n.nodeType === 3 && n.textContent.trim() !== '';
                });
                var names = Array.prototype.map.call(element.attributes, function (a) { return a.name; })
                        .filter(function (name) { return name !== 'id'; }).sort();
                var children = [];
                Array.prototype.forEach.call(element.children, function (child) {
                    var s = shape(child);
                    if (children[children.length - 1] !== s) { children.push(s); }
                });
                return '<' + element.tagName + ' ' + names.join(' ')
                        + ' class=' + element.getAttribute('class') + ' role=' + element.getAttribute('role')
                        + ' type=' + element.getAttribute('type') + ' aria-hidden=' + element.getAttribute('aria-hidden')
                        + (own ? ' text' : '') + (element.getClientRects().length ? '' : ' unseen')
                        + '>' + children.join('') + '</>';
            }
            return document.contentType + ' ' + location.pathname + ' ' + shape(document.documentElement);
            """;

    /**
     * Waits for what moves on the page to stop, two seconds at most: axe-core reads a colour as it is
     * at that instant, and a button in the middle of its hover transition or fading back in after an
     * ajax request shows colours no person reads it in. It looks two frames later, once the changes
     * the page just made have started their transitions. Endless animations (a spinner) are not
     * waited for.
     */
    private static final String STILL = """
            var done = arguments[arguments.length - 1];
            function still() {
                var moving = document.getAnimations()
                        .filter(function (a) {
                            return a.playState === 'running' && a.effect
                                    && a.effect.getComputedTiming().endTime !== Infinity;
                        })
                        .map(function (a) { return a.finished.catch(function () { return null; }); });
                if (window.jQuery) {
                    moving.push(new Promise(function (stopped) { jQuery(':animated').promise().done(stopped); }));
                }
                return Promise.all(moving);
            }
            var twoFrames = new Promise(function (next) {
                requestAnimationFrame(function () { requestAnimationFrame(next); });
            });
            Promise.race([twoFrames.then(still), new Promise(function (late) { setTimeout(late, 2000); })])
                    .then(function () { done(); });
            """;

    private AccessibilityScan() {
    }

    /**
     * Fails with every serious or critical violation on the page: its rule, the page and the
     * offending elements' selectors. A page state that passed before in the run is not scanned again.
     */
    static void pass(WebDriver driver) {
        ((JavascriptExecutor) driver).executeAsyncScript(STILL);
        String state = String.valueOf(((JavascriptExecutor) driver).executeScript(STATE));
        if (!state.startsWith("text/html") || PASSED.contains(state)) {
            return;
        }
        List<String> violations = violations(driver);
        if (!violations.isEmpty()) {
            throw new AssertionError("Accessibility (axe-core, WCAG 2.1 AA) on " + driver.getCurrentUrl() + ":\n"
                    + String.join("\n", violations));
        }
        PASSED.add(state);
    }

    /**
     * The serious and critical violations on the page, one per rule: its id, impact and help, then each
     * element's selector.
     */
    private static List<String> violations(WebDriver driver) {
        Results results;
        try {
            // in the page itself (axe-core's "legacy" run): its newer run goes frame by frame and
            // finishes in a blank window it opens beside the test's, twice the time on pages without frames
            results = new AxeBuilder().withOptions(wcag21aa()).setLegacyMode(true).analyze(driver);
        } catch (RuntimeException e) {
            throw new WebDriverException("axe-core could not scan " + driver.getCurrentUrl(), e);
        }
        if (results.isErrored()) {
            throw new WebDriverException("axe-core could not scan " + driver.getCurrentUrl() + ": "
                    + results.getErrorMessage());
        }
        return results.getViolations().stream()
                .filter(rule -> FAILING.contains(rule.getImpact()))
                .map(AccessibilityScan::describe)
                .toList();
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n" + rule.getNodes().stream()
                .map(node -> "    " + node.getTarget() + " " + node.getFailureSummary().replaceAll("\\s+", " "))
                .collect(Collectors.joining("\n"));
    }

    private static AxeRunOptions wcag21aa() {
        AxeRunOnlyOptions tags = new AxeRunOnlyOptions();
        tags.setType("tag");
        tags.setValues(WCAG_21_AA);
        AxeRunOptions options = new AxeRunOptions();
        options.setRunOnly(tags);
        // only the violations are read: the passes' details would be carried back for nothing
        options.setResultTypes(List.of("violations"));
        return options;
    }
}
