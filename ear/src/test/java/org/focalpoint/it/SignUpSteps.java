package org.focalpoint.it;

/**
 * The sign-up form filled in as a delegate of an ITU Member does, asking for TIES access. Kept apart
 * from the ITs that use it: they also run in the server, which has no Selenium.
 */
final class SignUpSteps {

    private SignUpSteps() {
    }

    /** Fills in and sends the form; the page then says a verification link was sent. */
    static void signUpWithTies(Browser browser, String organization, String givenName, String familyName,
                               String email, String password) {
        browser.open("signup.xhtml")
                .tick("ITU Member")
                .choose("Organization", organization.substring(0, organization.length() - 3), organization)
                .tick("Request TIES access")
                .fill("Given name", givenName)
                .fill("Family name", familyName)
                .fill("E-mail address", email)
                .fill("Password", password)
                .fill("Repeat the password", password)
                .tick("I accept the Terms of Use")
                .tick("I accept the Data Privacy statement")
                .click("Create account")
                .expect("We have sent a link to");
    }
}
