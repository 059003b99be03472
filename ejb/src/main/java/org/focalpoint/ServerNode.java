package org.focalpoint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The name of this server in a cluster (WildFly's {@code jboss.node.name}), which marks the work a
 * node has claimed (mails being sent, nightly runs) so that a restarted node takes back its own.
 */
@ApplicationScoped
public class ServerNode {

    @Inject
    @ConfigProperty(name = "jboss.node.name", defaultValue = "focalpoint")
    String name;

    public String name() {
        return name;
    }
}
