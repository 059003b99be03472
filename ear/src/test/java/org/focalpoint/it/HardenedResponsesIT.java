package org.focalpoint.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every kind of response carries the hardening headers, as a browser receives them over HTTP: a
 * public page, a signed-in page, a resource, a redirect and the error pages. On a page the policy
 * lets only the scripts with the response's nonce run, and the session cookie stays on this site.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HardenedResponsesIT {

    private static final String BASE = "http://127.0.0.1:" + System.getProperty("it.http.port") + "/focalpoint";
    private static final String PASSWORD = "Hardened-Responses-2026";
    private static final Pattern VIEW_STATE =
            Pattern.compile("<input[^>]*name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");
    private static final Pattern NONCE = Pattern.compile("script-src 'self' 'nonce-([^']+)'");
    private static final Pattern SCRIPT_TAG = Pattern.compile("<script\\b[^>]*>");

    @Deployment
    static EnterpriseArchive deployment() {
        return FocalPointDeployment.suite();
    }

    private final HttpClient strangers = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void thePublicSignInPageRunsOnlyItsOwnScriptsAndKeepsTheSessionCookieOnThisSite() {
        HttpResponse<String> page = get(strangers, "/signin.xhtml");
        assertEquals(200, page.statusCode());
        assertHardenedPage(page);
        String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + page.headers().map()));
        List<String> attributes = Arrays.stream(cookie.split(";")).map(String::strip).map(String::toLowerCase).toList();
        assertTrue(attributes.contains("httponly"), cookie);
        assertTrue(attributes.contains("samesite=lax"), cookie);
        assertFalse(attributes.contains("secure"), "Secure only over HTTPS, where the cookie would otherwise be lost: "
                + cookie);
    }

    @Test
    void aSignedInPageToo() {
        HttpClient person = signedIn();
        HttpResponse<String> page = get(person, "/index.xhtml");
        assertEquals(200, page.statusCode(), page::body);
        assertHardenedPage(page);
    }

    @Test
    void aPageNotFoundIsTheApplicationsPageWithTheHeaders() {
        HttpResponse<String> missing = get(strangers, "/password/no-such-page.xhtml");
        assertEquals(404, missing.statusCode());
        assertHardenedPage(missing);
        assertTrue(missing.body().contains("<h1>Page not found</h1>"), missing::body);
    }

    @Test
    void aPageRefusedIsTheApplicationsPageWithTheHeaders() {
        HttpResponse<String> refused = get(signedIn(), "/staff/organizations.xhtml");
        assertEquals(403, refused.statusCode());
        assertHardenedPage(refused);
        assertTrue(refused.body().contains("<h1>You cannot open this page</h1>"), refused::body);
    }

    /** A form sent from a page whose session is gone. */
    @Test
    void anExpiredPageSaysSoAndOffersToOpenItAgain() {
        HttpResponse<String> page = get(strangers, "/signin.xhtml");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("signin", "signin");
        form.put("signin:email", "someone@example.org");
        form.put("signin:password", "whatever it was");
        form.put("signin:signInButton", "signin:signInButton");
        form.put("jakarta.faces.ViewState", viewState(page.body()));
        HttpClient anotherSession = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> expired = post(anotherSession, "/signin.xhtml", form);

        assertHardenedPage(expired);
        assertTrue(expired.body().contains("<h1>This page has expired</h1>"), expired::body);
        assertTrue(expired.body().contains("href=\"/focalpoint/signin.xhtml\""), expired::body);
    }

    /** The application's redirects carry them too: see {@link #signedIn()}. */
    @Test
    void resourcesCarryTheHeadersWithoutANonce() {
        for (String path : List.of("/jakarta.faces.resource/css/focalpoint.css.xhtml",
                "/jakarta.faces.resource/js/dialogs.js.xhtml")) {
            HttpResponse<String> response = get(strangers, path);
            assertEquals(200, response.statusCode(), path);
            assertCommonHeaders(response);
            assertFalse(policy(response).contains("nonce-"), path + ": " + policy(response));
        }
    }

    private static void assertHardenedPage(HttpResponse<String> page) {
        assertCommonHeaders(page);
        Matcher nonce = NONCE.matcher(policy(page));
        assertTrue(nonce.find(), "a nonce for the page's scripts: " + policy(page));
        Matcher script = SCRIPT_TAG.matcher(page.body());
        int scripts = 0;
        while (script.find()) {
            scripts++;
            assertTrue(script.group().contains("nonce=\"" + nonce.group(1) + "\""), "without the nonce: " + script.group());
        }
        assertTrue(scripts > 0, "PrimeFaces' scripts on the page");
    }

    private static void assertCommonHeaders(HttpResponse<String> response) {
        String uri = response.uri().toString();
        assertEquals(List.of("nosniff"), response.headers().allValues("X-Content-Type-Options"), uri);
        assertEquals(List.of("strict-origin-when-cross-origin"), response.headers().allValues("Referrer-Policy"), uri);
        List<String> policies = response.headers().allValues("Content-Security-Policy");
        assertEquals(1, policies.size(), uri + " one policy, or the stricter would block the nonce's scripts: " + policies);
        String policy = policies.get(0);
        for (String directive : List.of("default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'",
                "frame-ancestors 'none'")) {
            assertTrue(policy.contains(directive), uri + " " + directive + " in " + policy);
        }
        String scriptSource = policy.substring(policy.indexOf("script-src"));
        assertFalse(scriptSource.contains("unsafe-inline") || scriptSource.contains("unsafe-eval"), uri + " " + policy);
    }

    private static String policy(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Security-Policy").orElse("");
    }

    /** A session of a new person who is not staff, signed in through the sign-in form. */
    private HttpClient signedIn() {
        String email = Unique.email("hardened");
        HttpResponse<String> created = post(strangers, "/it/public/accounts", Map.of("email", email, "password", PASSWORD,
                "state", "ACTIVE", "staff", "false", "mustChangePassword", "false"));
        assertEquals(200, created.statusCode(), created::body);
        HttpClient person = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> form = get(person, "/signin.xhtml");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("signin", "signin");
        fields.put("signin:email", email);
        fields.put("signin:password", PASSWORD);
        fields.put("signin:signInButton", "signin:signInButton");
        fields.put("jakarta.faces.ViewState", viewState(form.body()));
        HttpResponse<String> signedIn = post(person, "/signin.xhtml", fields);
        assertEquals(302, signedIn.statusCode(), signedIn::body);
        assertCommonHeaders(signedIn);
        return person;
    }

    private static String viewState(String html) {
        Matcher m = VIEW_STATE.matcher(html);
        assertTrue(m.find(), () -> "no view state in\n" + html);
        return m.group(1).replace("&amp;", "&");
    }

    private static HttpResponse<String> get(HttpClient http, String path) {
        return send(http, HttpRequest.newBuilder(URI.create(BASE + path)).GET().build());
    }

    private static HttpResponse<String> post(HttpClient http, String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(http, HttpRequest.newBuilder(URI.create(BASE + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(request.uri() + " cannot be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
