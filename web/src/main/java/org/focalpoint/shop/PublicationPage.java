package org.focalpoint.shop;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.focalpoint.RuleViolation;
import org.focalpoint.faces.PageMessages;
import org.focalpoint.security.CurrentAccount;

import java.io.Serializable;
import java.util.HashSet;
import java.util.Set;

/**
 * A publication's page, by its product number: what the catalogue says about it, its editions side
 * by side, "Add to wish list" per edition, "Download" for a free PDF, and "Compare".
 */
@Named
@ViewScoped
public class PublicationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ShopCatalogue catalogue;

    @Inject
    private WishList wishList;

    @Inject
    private CurrentAccount currentAccount;

    private String number;
    private OfferedPublication publication;
    /** The editions on the signed-in person's wish list, so that their button says so. */
    private final Set<Long> wished = new HashSet<>();

    /** The view action: a number that names nothing on offer says so rather than failing. */
    public void open() {
        publication = catalogue.publication(number).orElse(null);
        if (publication == null && (number == null || number.isBlank())) {
            PageMessages.error("publication.no-number");
            return;
        }
        if (publication == null) {
            PageMessages.error("publication.not-found", number.strip().length() > 40
                    ? number.strip().substring(0, 40) + "…" : number.strip());
            return;
        }
        readWished();
    }

    private void readWished() {
        wished.clear();
        try {
            wished.addAll(wishList.editionIds(currentAccount.get()));
        } catch (RuleViolation signedOut) {
            // a visitor's buttons send them to sign in first
        }
    }

    public void addToWishList(OfferedEdition edition) {
        try {
            WishListLine added = wishList.add(currentAccount.get(), edition.id());
            PageMessages.info("shop.wish-list-added", added.title(), added.language(), added.format());
        } catch (RuleViolation refused) {
            PageMessages.error(refused);
        }
        readWished();
    }

    public boolean isWished(OfferedEdition edition) {
        return wished.contains(edition.id());
    }

    public OfferedPublication getPublication() {
        return publication;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }
}
