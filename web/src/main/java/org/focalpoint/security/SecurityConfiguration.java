package org.focalpoint.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * People sign in on our own page ({@code SignInPage}), which hands the credentials to
 * {@link AccountIdentityStore}. A protected page opened without a session redirects there, and
 * back to that page after signing in. Which pages are protected is declared in web.xml.
 */
@CustomFormAuthenticationMechanismDefinition(loginToContinue = @LoginToContinue(
        loginPage = "/signin.xhtml", errorPage = "", useForwardToLogin = false))
@DeclareRoles({Roles.USER, Roles.STAFF})
@ApplicationScoped
public class SecurityConfiguration {
}
