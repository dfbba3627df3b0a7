package org.chalkpress.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API, version 1. Clients sign in with an application password over HTTP Basic. */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(info = @Info(title = "Chalkpress API", version = "1",
        description = "Class sites, posts, roster import and policy checks. Errors are application/problem+json."))
@SecurityScheme(securitySchemeName = "applicationPassword", type = SecuritySchemeType.HTTP, scheme = "basic")
public class RestApplication extends Application {
}
