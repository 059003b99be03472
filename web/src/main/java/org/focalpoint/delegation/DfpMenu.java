package org.focalpoint.delegation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.focalpoint.security.CurrentAccount;

/** What the header offers a Designated Focal Point: their registration queue and delegation. Asked once per request. */
@Named
@RequestScoped
public class DfpMenu {

    @Inject
    private CurrentAccount currentAccount;

    @Inject
    private DelegationAuthority authority;

    private Boolean designated;

    public boolean isDesignatedFocalPoint() {
        if (designated == null) {
            designated = !authority.seatsOf(currentAccount.get()).isEmpty();
        }
        return designated;
    }
}
