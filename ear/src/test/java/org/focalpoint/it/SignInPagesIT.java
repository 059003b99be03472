package org.focalpoint.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sign-in and sign-out pages and the access rules, over HTTP as a browser would use them:
 * cookies kept, redirects observed one by one, a form sent with the one field a script adds to it.
 */
@BrowserTest
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInPagesIT {

    private static final String BASE = "http://127.0.0.1:" + System.getProperty("it.http.port") + "/focalpoint";
    private static final String PASSWORD = "Correct horse 42";
    private static final Pattern VIEW_STATE =
            Pattern.compile("<input[^>]*name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");
    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");

    @Deployment
    static EnterpriseArchive deployment() {
        return FocalPointDeployment.suite();
    }

    /** One browser: its own cookies, redirects not followed so that each step can be checked. */
    private static final class Browser {
        final CookieManager cookies = new CookieManager();
        final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(String path) {
            return send(HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : BASE + path)).GET().build());
        }

        HttpResponse<String> post(String path, Map<String, String> form) {
            String body = form.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return send(HttpRequest.newBuilder(URI.create(BASE + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        }

        /** Posts a form of the page at {@code path}, as its button would. */
        HttpResponse<String> submit(String path, String formId, String buttonId, Map<String, String> fields) {
            HttpResponse<String> page = get(path);
            assertEquals(200, page.statusCode(), () -> path + ": " + page.body());
            Map<String, String> form = new LinkedHashMap<>();
            form.put(formId, formId);
            fields.forEach((name, value) -> form.put(formId + ":" + name, value));
            form.put(formId + ":" + buttonId, formId + ":" + buttonId);
            form.put("jakarta.faces.ViewState", viewState(page.body()));
            form.put("primefaces.nonce", nonce(page));
            return post(path, form);
        }

        HttpResponse<String> signIn(String email, String password) {
            return submit("/signin.xhtml", "signin", "signInButton", Map.of("email", email, "password", password));
        }

        String sessionId() {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                    .map(HttpCookie::getValue).findFirst().orElse(null);
        }

        private HttpResponse<String> send(HttpRequest request) {
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

    private static String viewState(String html) {
        Matcher m = VIEW_STATE.matcher(html);
        assertTrue(m.find(), () -> "no view state in\n" + html);
        return m.group(1).replace("&amp;", "&");
    }

    /**
     * The field PrimeFaces' script adds to every form: the nonce its scripts ran with, which it
     * checks when a form is sent back and the page shown again.
     */
    private static String nonce(HttpResponse<String> page) {
        Matcher m = NONCE.matcher(page.headers().firstValue("Content-Security-Policy").orElse(""));
        assertTrue(m.find(), () -> "no nonce in the policy of " + page.uri());
        return m.group(1);
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("(none)");
    }

    private static void assertRedirect(HttpResponse<String> response, String pathEnd) {
        assertTrue(response.statusCode() == 302 || response.statusCode() == 303,
                () -> "expected a redirect to " + pathEnd + ", got " + response.statusCode() + "\n" + response.body());
        String where = location(response);
        assertTrue(where.contains(pathEnd), () -> "redirected to " + where + ", expected " + pathEnd);
    }

    private static String newAccount(String who, boolean staff, boolean mustChangePassword) {
        String email = Unique.email(who);
        HttpResponse<String> created = new Browser().post("/it/public/accounts", Map.of("email", email,
                "password", PASSWORD, "state", "ACTIVE", "staff", Boolean.toString(staff),
                "mustChangePassword", Boolean.toString(mustChangePassword)));
        assertEquals(200, created.statusCode(), created::body);
        return email;
    }

    @Test
    void theSignInPageAnswersWithoutASession() {
        HttpResponse<String> page = new Browser().get("/signin.xhtml");
        assertEquals(200, page.statusCode());
        for (String text : new String[]{"E-mail address", "Password", "Sign in", "Forgot your password?",
                "Create an account", "/focalpoint/password/forgot.xhtml", "/focalpoint/signup.xhtml"}) {
            assertTrue(page.body().contains(text), () -> text + " missing from\n" + page.body());
        }
    }

    @Test
    void aPageWithoutASessionRedirectsToTheSignInPage() {
        Browser browser = new Browser();
        assertRedirect(browser.get("/index.xhtml"), "/focalpoint/signin.xhtml");
        assertRedirect(browser.get("/"), "/focalpoint/signin.xhtml");
    }

    @Test
    void signingInChangesTheSessionIdAndEjbsSeeTheAccount() {
        String email = newAccount("http", false, false);
        Browser browser = new Browser();
        HttpResponse<String> form = browser.get("/signin.xhtml");
        assertEquals(200, form.statusCode());
        String before = browser.sessionId();
        assertNotNull(before, "the sign-in form keeps its view state in a session");

        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("signin", "signin");
        fields.put("signin:email", email);
        fields.put("signin:password", PASSWORD);
        fields.put("signin:signInButton", "signin:signInButton");
        fields.put("jakarta.faces.ViewState", viewState(form.body()));
        HttpResponse<String> signedIn = browser.post("/signin.xhtml", fields);
        assertRedirect(signedIn, "/focalpoint/index.xhtml");
        assertNotEquals(before, browser.sessionId(), "the session id must change at sign-in");

        HttpResponse<String> who = browser.get("/it/whoami");
        assertEquals(200, who.statusCode(), who::body);
        String[] names = who.body().split(" ");
        assertEquals(names[0], names[1], "caller principal and CurrentAccount inside an EJB: " + who.body());
        assertTrue(names[0].matches("\\d+"), who.body());
    }

    @Test
    void afterSigningInThePersonReturnsToThePageFirstAskedFor() {
        String email = newAccount("return", false, false);
        Browser browser = new Browser();
        assertRedirect(browser.get("/it/whoami"), "/focalpoint/signin.xhtml");
        assertRedirect(browser.signIn(email, PASSWORD), "/focalpoint/it/whoami");
        assertEquals(200, browser.get("/it/whoami").statusCode());
    }

    @Test
    void aWrongPasswordShowsWhyAndSignsNobodyIn() {
        String email = newAccount("typo", false, false);
        Browser browser = new Browser();
        HttpResponse<String> refused = browser.signIn(email, "Not the password 1");
        assertTrue(refused.body().contains("The e-mail address or password is not correct."), refused::body);
        assertRedirect(browser.get("/it/whoami"), "/focalpoint/signin.xhtml");
    }

    @Test
    void anUnverifiedAccountIsToldWhyAndOfferedANewLink() {
        String email = Unique.email("unverified");
        HttpResponse<String> created = new Browser().post("/it/public/accounts", Map.of("email", email,
                "password", PASSWORD, "state", "PENDING_VERIFICATION", "staff", "false",
                "mustChangePassword", "false"));
        assertEquals(200, created.statusCode(), created::body);

        HttpResponse<String> refused = new Browser().signIn(email, PASSWORD);
        assertTrue(refused.body().contains("Please verify your e-mail address first"), refused::body);
        assertTrue(refused.body().contains("/focalpoint/verify.xhtml\">Send me a new verification link"), refused::body);
    }

    @Test
    void signingOutEndsTheSession() {
        String email = newAccount("leaving", false, false);
        Browser browser = new Browser();
        assertRedirect(browser.signIn(email, PASSWORD), "/focalpoint/index.xhtml");
        String signedInSession = browser.sessionId();

        HttpResponse<String> signedOut = browser.submit("/signin.xhtml", "signout", "signoutLink", Map.of());
        assertRedirect(signedOut, "/focalpoint/signin.xhtml?signedOut=true");
        HttpResponse<String> page = browser.get(location(signedOut));
        assertTrue(page.body().contains("You are signed out."), page::body);
        assertNotEquals(signedInSession, browser.sessionId());
        assertRedirect(browser.get("/it/whoami"), "/focalpoint/signin.xhtml");
    }

    @Test
    void staffPagesNeedTheStaffRole() {
        Browser user = new Browser();
        assertRedirect(user.signIn(newAccount("member", false, false), PASSWORD), "/index.xhtml");
        assertEquals(403, user.get("/staff/consent.xhtml").statusCode());

        Browser officer = new Browser();
        assertRedirect(officer.signIn(newAccount("officer", true, false), PASSWORD), "/index.xhtml");
        assertNotEquals(403, officer.get("/staff/consent.xhtml").statusCode());
    }

    @Test
    void anAccountFromTheOldPlatformMustChooseANewPasswordFirst() {
        String email = newAccount("migrated", false, true);
        Browser browser = new Browser();
        assertRedirect(browser.signIn(email, PASSWORD), "/index.xhtml");
        assertRedirect(browser.get("/it/whoami"), "/focalpoint/account/new-password.xhtml");
        assertRedirect(browser.get("/index.xhtml"), "/focalpoint/account/new-password.xhtml");

        HttpResponse<String> page = browser.get("/account/new-password.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Your account was moved from the old platform. Please choose a new password."));
        assertTrue(page.body().contains("Repeat the new password"));

        HttpResponse<String> weak = browser.submit("/account/new-password.xhtml", "newPassword", "save",
                Map.of("password", "short", "confirmation", "short"));
        assertTrue(weak.body().contains("The password must have at least 12 characters."), weak::body);
        assertRedirect(browser.get("/it/whoami"), "/focalpoint/account/new-password.xhtml");

        HttpResponse<String> saved = browser.submit("/account/new-password.xhtml", "newPassword", "save",
                Map.of("password", "A new passphrase 2026", "confirmation", "A new passphrase 2026"));
        assertRedirect(saved, "/index.xhtml");
        assertEquals(200, browser.get("/it/whoami").statusCode());
    }
}
