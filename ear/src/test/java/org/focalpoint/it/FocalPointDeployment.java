package org.focalpoint.it;

import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.Archive;
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

/**
 * The EAR the build produced, exactly as it ships, with the test classes of this package in its WAR
 * and the sample mails as resources: one deployment for every IT of the run ({@link SuiteDeployment}).
 */
public final class FocalPointDeployment {

    private static final String SUITE_MARKER = "META-INF/focalpoint-it-suite";

    private FocalPointDeployment() {
    }

    public static EnterpriseArchive suite() {
        EnterpriseArchive ear = ShrinkWrap.createFromZipFile(EnterpriseArchive.class,
                new File(System.getProperty("focalpoint.ear")));
        WebArchive war = ear.getAsType(WebArchive.class, "focalpoint-web.war");
        war.addPackage(FocalPointDeployment.class.getPackage());
        war.setWebXML(new StringAsset(openToTests(webXml(war))));
        addSampleMails(war);
        Testable.archiveToTest(war);
        ear.add(new StringAsset("the ITs' deployment"), SUITE_MARKER);
        return ear;
    }

    static boolean isSuite(Archive<?> archive) {
        return archive != null && archive.contains(SUITE_MARKER);
    }

    /**
     * The sample mails of the ejb module's unit tests, with their expected readings, as resources
     * under {@code mails/} of the WAR: the mailbox ITs deliver the same mails over IMAP.
     */
    private static void addSampleMails(WebArchive war) {
        Path samples = Path.of(System.getProperty("it.sample.mails"));
        try (Stream<Path> files = Files.walk(samples)) {
            files.filter(Files::isRegularFile).forEach(file ->
                    war.addAsResource(file.toFile(), "mails/" + samples.relativize(file).toString().replace('\\', '/')));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
