package org.focalpoint.it;

import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

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
        Testable.archiveToTest(war);
        return ear;
    }
}
