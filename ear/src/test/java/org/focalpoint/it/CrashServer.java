package org.focalpoint.it;

import org.jboss.arquillian.container.test.api.ContainerController;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The "crash" server of arquillian.xml, which the crash tests start, kill and start again. */
final class CrashServer {

    static final String CONTAINER = "crash";

    private CrashServer() {
    }

    /**
     * SIGKILL to the crash server's JVM, found by its own base dir and port offset on its command
     * line (Arquillian's kill would shut it down politely), then Arquillian is told it is gone.
     */
    static void kill(ContainerController controller) throws Exception {
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
}
