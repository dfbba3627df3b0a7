package org.chalkpress.people.signin;

import jakarta.inject.Inject;
import jakarta.security.auth.message.config.AuthConfigFactory;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/** Puts {@link ChalkpressAuthModule} in front of every request of this application, and takes it away at undeploy. */
@WebListener
public class AuthModuleRegistration implements ServletContextListener {

    @Inject
    ChalkpressAuthentication authentication;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        AuthConfigFactory.getFactory().registerServerAuthModule(new ChalkpressAuthModule(authentication),
                event.getServletContext());
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        AuthConfigFactory.getFactory().removeServerAuthModule(event.getServletContext());
    }
}
