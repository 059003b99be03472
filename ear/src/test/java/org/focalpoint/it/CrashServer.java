package org.focalpoint.it;

import org.jboss.arquillian.container.test.api.ContainerController;
import org.jboss.arquillian.container.test.api.Deployer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The "crash" server of arquillian.xml, which {@link CrashIT} starts, kills and starts again, and asks
 * over HTTP of the test-support servlets under {@code /it/public/}: its H2 file is its own, no
 * database the tests can open.
 */
final class CrashServer {

    static final String CONTAINER = "crash";
    static final String DEPLOYMENT = "crash-server";

    private final ContainerController controller;
    private final Deployer deployer;
    private final HttpClient http = HttpClient.newHttpClient();

    CrashServer(ContainerController controller, Deployer deployer) {
        this.controller = controller;
        this.deployer = deployer;
    }

    /**
     * Started with the application deployed, as an earlier test of the class may have left it:
     * starting and deploying take most of a crash test's time, so the tests share them.
     */
    void running() {
        started();
        deployed();
    }

    /** Started, with or without the application. */
    void started() {
        if (!controller.isStarted(CONTAINER)) {
            controller.start(CONTAINER);
        }
    }

    /** The application deployed on the started server, unless it is already. */
    void deployed() {
        URI application = URI.create(base() + "/");
        if (send(HttpRequest.newBuilder(application).GET().build()).statusCode() == 404) {
            deployer.deploy(DEPLOYMENT);
        }
    }

    /**
     * SIGKILL to the crash server's JVM, found by its own base dir and port offset on its command
     * line (Arquillian's kill would shut it down politely), then Arquillian is told it is gone.
     */
    void kill() throws Exception {
        List<String> ours = List.of("-Djboss.server.base.dir=" + System.getProperty("it.crash.server.base"),
                "-Djboss.socket.binding.port-offset=" + System.getProperty("it.crash.port.offset"));
        List<ProcessHandle> servers = ProcessHandle.allProcesses()
                .filter(p -> p.info().arguments().map(args -> Arrays.asList(args).containsAll(ours)).orElse(false))
                .toList();
        assertEquals(1, servers.size(), "one crash server process with " + ours + ": " + servers);
        ProcessHandle server = servers.get(0);
        assertTrue(server.destroyForcibly(), "SIGKILL sent to " + server.pid());
        server.onExit().get(30, TimeUnit.SECONDS);
        controller.kill(CONTAINER);
    }

    /** Started after a kill: the application it had deployed starts with it. */
    void startAgain() {
        controller.start(CONTAINER);
    }

    /** The body of a GET of {@code path} under /it/public/, which must answer 200. */
    String get(String path) {
        return ok(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    /** The body of a POST of {@code path} under /it/public/, which must answer 200. */
    String post(String path) {
        return ok(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    private URI uri(String path) {
        return URI.create(base() + "/it/public/" + path);
    }

    private static String base() {
        return "http://127.0.0.1:" + System.getProperty("it.crash.http.port") + "/focalpoint";
    }

    private String ok(HttpRequest request) {
        HttpResponse<String> response = send(request);
        assertEquals(200, response.statusCode(), request.uri() + ": " + response.body());
        return response.body().strip();
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(request.uri().toString(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
