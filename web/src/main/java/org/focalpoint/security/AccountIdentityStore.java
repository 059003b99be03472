package org.focalpoint.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import org.focalpoint.accounts.SignIn;
import org.focalpoint.accounts.SignInResult;

/**
 * Validates e-mail and password against the accounts table through {@link SignIn}. The caller
 * principal is named by the account id, so it survives a change of e-mail address.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    private SignIn signIn;

    @Inject
    private HttpServletRequest request;

    @Inject
    private SignInAttempt attempt;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential given)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        SignInResult result = signIn.attempt(given.getCaller(), given.getPassword().getValue(), request.getRemoteAddr());
        attempt.record(result);
        if (!result.signedIn()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(new CallerPrincipal(result.accountId().toString()), result.groups());
    }
}
