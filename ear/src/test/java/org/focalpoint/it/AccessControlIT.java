package org.focalpoint.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Without a session, only the public pages answer. Every page of the web module is tried, so a
 * page added later is covered without touching this test.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessControlIT {

    /** The pages a person must reach before having an account or a session. */
    static final Set<String> PUBLIC_PAGES = Set.of("signin.xhtml", "signup.xhtml", "verify.xhtml",
            "password/forgot.xhtml", "password/reset.xhtml",
            // the shop is open to visitors, their cart and the conditions of sale too; the wish list,
            // checkout, orders and downloads are not
            "shop/index.xhtml", "shop/search.xhtml", "shop/publication.xhtml", "shop/compare.xhtml",
            "shop/cart.xhtml", "shop/conditions.xhtml");

    static final String BASE = "http://127.0.0.1:" + System.getProperty("it.http.port") + "/focalpoint/";

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Deployment
    static EnterpriseArchive deployment() {
        return FocalPointDeployment.suite();
    }

    @Test
    void everyPageButThePublicOnesSendsAStrangerToSignIn() throws Exception {
        List<String> pages = pages();
        assertTrue(pages.containsAll(PUBLIC_PAGES), "all public pages exist: " + pages);
        List<String> wrong = new ArrayList<>();
        for (String page : pages) {
            HttpResponse<String> response = get(page);
            String location = response.headers().firstValue("Location").orElse("");
            if (PUBLIC_PAGES.contains(page)) {
                if (response.statusCode() != 200) {
                    wrong.add(page + " is public but answered " + response.statusCode());
                }
            } else if (!(response.statusCode() == 302 && location.contains("signin.xhtml"))) {
                wrong.add(page + " answered " + response.statusCode() + " " + location + " without a session");
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void templatesAndDescriptorsAreNeverServed() throws Exception {
        for (String path : List.of("WEB-INF/templates/page.xhtml", "WEB-INF/web.xml")) {
            assertEquals(404, get(path).statusCode(), path);
        }
    }

    @Test
    void styleSheetsAreServedWithoutASession() throws Exception {
        HttpResponse<String> signin = get("signin.xhtml");
        assertFalse(signin.body().contains("Exception"), "the sign-in page renders");
        assertEquals(200, get("jakarta.faces.resource/css/focalpoint.css.xhtml").statusCode());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(BASE + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The .xhtml pages of the web module, relative to its root, leaving out WEB-INF. */
    private static List<String> pages() throws IOException {
        Path webapp = Path.of(System.getProperty("it.build.dir")).resolve("../../web/src/main/webapp").normalize();
        try (Stream<Path> files = Files.walk(webapp)) {
            return files.filter(p -> p.toString().endsWith(".xhtml"))
                    .map(p -> webapp.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("WEB-INF/") && !p.startsWith("resources/"))
                    .sorted()
                    .toList();
        }
    }
}
