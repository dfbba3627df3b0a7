package org.chalkpress.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/** Declares the application's pooled data source; {@link ConfiguredDataSource} decides where it points. */
@DataSourceDefinition(
        name = DatabaseDeclaration.JNDI_NAME,
        className = "org.chalkpress.platform.ConfiguredDataSource",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=auto-commit"
        })
@Singleton
public class DatabaseDeclaration {
    public static final String JNDI_NAME = "java:app/jdbc/chalkpress";
}
