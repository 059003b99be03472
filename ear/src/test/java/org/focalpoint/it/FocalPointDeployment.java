package org.focalpoint.it;

import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The EAR the build produced, exactly as it ships; in-container tests ride inside its WAR. */
public final class FocalPointDeployment {

    private FocalPointDeployment() {
    }

    public static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("focalpoint.ear")));
    }

    /** The EAR with the given test classes added to its WAR, which Arquillian runs them in. */
    public static EnterpriseArchive earWithTests(Class<?>... testClasses) {
        EnterpriseArchive ear = ear();
        WebArchive war = ear.getAsType(WebArchive.class, "focalpoint-web.war");
        war.addClasses(testClasses);
        // the in-container helpers every such test may use
        war.addClasses(TestData.class, Mailbox.class, Mailbox.Mail.class, Mailbox.Attachment.class, Polling.class,
                Polling.Probe.class);
        war.setWebXML(new StringAsset(openToTests(webXml(war))));
        Testable.archiveToTest(war);
        return ear;
    }

    /**
     * The sample mails of the ejb module's unit tests, with their expected readings, as resources
     * under {@code mails/} of the WAR: the mailbox ITs deliver the same mails over IMAP.
     */
    public static EnterpriseArchive withSampleMails(EnterpriseArchive ear) {
        WebArchive war = ear.getAsType(WebArchive.class, "focalpoint-web.war");
        Path samples = Path.of(System.getProperty("it.sample.mails"));
        try (Stream<Path> files = Files.walk(samples)) {
            files.filter(Files::isRegularFile).forEach(file ->
                    war.addAsResource(file.toFile(), "mails/" + samples.relativize(file).toString().replace('\\', '/')));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ear;
    }

    /**
     * Every page of the application needs a signed-in user; Arquillian's test runner and the
     * test-only helpers under /it/public/ must be reachable without one.
     */
    private static String openToTests(String webXml) {
        return webXml.replace("</web-app>", """
                    <security-constraint>
                        <web-resource-collection>
                            <web-resource-name>Test runner</web-resource-name>
                            <url-pattern>/ArquillianServletRunnerEE9</url-pattern>
                            <url-pattern>/it/public/*</url-pattern>
                        </web-resource-collection>
                    </security-constraint>
                </web-app>
                """);
    }

    private static String webXml(WebArchive war) {
        try (InputStream in = war.get("WEB-INF/web.xml").getAsset().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
