package org.chalkpress.testing.arquillian;

import java.util.logging.Logger;
import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.client.protocol.metadata.Servlet;
import org.jboss.arquillian.protocol.servlet5.ServletMethodExecutor;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Payara's Arquillian adapter, minus one race. The adapter learns where the deployment answers by reading Payara
 * Micro's console every 200 ms, and takes its snapshot as soon as the instance summary has begun: on a loaded
 * machine that can be before the list of deployed servlets has been printed. Then every test of the class fails
 * with "ArquillianServletRunnerEE9 not found. Could not determine ContextRoot" although the application is up.
 * Every deployment here is {@code ROOT.war} ({@link org.chalkpress.testing.Deployments}), so where the test runner
 * servlet answers is known without reading it off the console.
 */
public class PayaraMicroWithRootContext extends PayaraMicroDeployableContainer {

    private static final Logger LOG = Logger.getLogger(PayaraMicroWithRootContext.class.getName());

    @Override
    public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        ProtocolMetaData deployed = super.deploy(archive);
        for (HTTPContext context : deployed.getContexts(HTTPContext.class)) {
            if (context.getServlets().isEmpty()) {
                LOG.warning(() -> "The Payara Micro adapter read no servlets for " + archive.getName()
                        + " (console read too early); using context root " + contextRootOf(archive));
                context.add(new Servlet(ServletMethodExecutor.ARQUILLIAN_SERVLET_NAME, contextRootOf(archive)));
            }
        }
        return deployed;
    }

    /** Payara Micro's rule: ROOT.war answers at "/", any other war at its name without ".war". */
    static String contextRootOf(Archive<?> archive) {
        String name = archive.getName().replaceFirst("\\.war$", "");
        return name.equals("ROOT") ? "/" : "/" + name;
    }
}
