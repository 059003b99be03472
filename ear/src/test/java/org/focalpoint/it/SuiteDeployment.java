package org.focalpoint.it;

import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.context.DeploymentContext;
import org.jboss.arquillian.container.spi.context.annotation.DeploymentScoped;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;

import java.util.function.Supplier;

/**
 * Deploys {@link FocalPointDeployment#suite()} to the main test server once for the whole run,
 * instead of once per test class: the first class deploys it, every later class runs in it, and
 * it is undeployed when the server stops. Arquillian still generates each class's deployment; this
 * only skips deploying it again, and hands that class the protocol data of the one deployed.
 * The crash tests' server is left alone: its tests deploy, kill and deploy again themselves.
 */
public class SuiteDeployment implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Keeper.class);
    }

    public static class Keeper {

        @Inject
        private Instance<DeploymentContext> deploymentContext;

        @Inject
        @DeploymentScoped
        private InstanceProducer<DeploymentDescription> description;

        @Inject
        @DeploymentScoped
        private InstanceProducer<Deployment> deployment;

        @Inject
        @DeploymentScoped
        private InstanceProducer<ProtocolMetaData> protocolMetaData;

        private ProtocolMetaData deployed;
        private DeployableContainer<?> server;
        private Archive<?> archive;

        public void deploy(@Observes EventContext<DeployDeployment> context) {
            DeployDeployment event = context.getEvent();
            if (!onMainServer(event.getContainerName())) {
                context.proceed();
                return;
            }
            Deployment next = event.getDeployment();
            DeploymentDescription nextDescription = next.getDescription();
            if (!FocalPointDeployment.isSuite(nextDescription.getArchive()) || !nextDescription.testable()) {
                throw new IllegalStateException("Every test class on the main server deploys FocalPointDeployment.suite(),"
                        + " testable (client-side tests say @RunAsClient): " + nextDescription.getName());
            }
            if (deployed == null) {
                context.proceed();
                deployed = inContextOf(next, protocolMetaData::get);
                server = event.getDeployableContainer();
                archive = nextDescription.getTestableArchive();
                return;
            }
            inContextOf(next, () -> {
                description.set(nextDescription);
                deployment.set(next);
                protocolMetaData.set(deployed);
                next.deployed();
                return null;
            });
        }

        public void undeploy(@Observes EventContext<UnDeployDeployment> context) {
            if (onMainServer(context.getEvent().getContainerName())) {
                context.getEvent().getDeployment().undeployed();
            } else {
                context.proceed();
            }
        }

        public void undeployAtTheEnd(@Observes BeforeStop event) throws Exception {
            if (archive != null && event.getDeployableContainer() == server) {
                server.undeploy(archive);
                archive = null;
                deployed = null;
            }
        }

        private <T> T inContextOf(Deployment of, Supplier<T> action) {
            DeploymentContext context = deploymentContext.get();
            context.activate(of);
            try {
                return action.get();
            } finally {
                context.deactivate();
            }
        }

        private static boolean onMainServer(String container) {
            return !CrashServer.CONTAINER.equals(container);
        }
    }
}
