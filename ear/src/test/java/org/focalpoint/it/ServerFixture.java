package org.focalpoint.it;

import jakarta.persistence.EntityManager;
import org.focalpoint.consent.ConsentService;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * The data a class of browser tests stands on, made in the server. Those tests run outside it
 * ({@code @RunAsClient}), where there is no database to write to: a {@code @BeforeAll} or
 * {@code @BeforeEach} of theirs calls {@link #prepare(Class)}, and {@link TestSupportServlet} makes a
 * new instance of the class in the server and runs its {@link #prepare(EntityManager, ConsentService)}
 * in a transaction of its own. So each test can run alone, as {@code -Dit.test=Class#method}.
 */
interface ServerFixture {

    /** Writes what the tests need, in the caller's transaction. */
    void prepare(EntityManager em, ConsentService consents);

    static void prepare(Class<? extends ServerFixture> testClass) {
        // the test JVM is told the port; in the server, a test finds the application's own address
        String application = System.getProperty("it.http.port") == null ? System.getProperty("focalpoint.base-url")
                : "http://127.0.0.1:" + System.getProperty("it.http.port") + "/focalpoint";
        URI uri = URI.create(application + "/it/public/fixture?of="
                + URLEncoder.encode(testClass.getName(), StandardCharsets.UTF_8));
        HttpResponse<String> response;
        try {
            response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri)
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot ask the server for the fixture of " + testClass.getName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (response.statusCode() != 204) {
            throw new AssertionError("The fixture of " + testClass.getSimpleName() + " failed in the server: "
                    + response.statusCode() + "\n" + response.body());
        }
    }
}
