package org.focalpoint.shop;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.focalpoint.RuleViolation;
import org.focalpoint.faces.PageMessages;
import org.focalpoint.security.CurrentAccount;

import java.io.Serializable;
import java.util.List;

/**
 * "My wish list": the editions the person wishes for with their price and availability then and
 * now, removing one after confirming. A visitor who chose "Add to wish list" arrives here after
 * signing in with that edition ({@code ?add=}), and confirms the addition with a button, so that
 * no link from elsewhere adds anything on its own.
 */
@Named
@ViewScoped
public class MyWishList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentAccount currentAccount;

    @Inject
    private WishList wishList;

    @Inject
    private ShopCatalogue catalogue;

    private String add;
    private OfferedPublication toAddOf;
    private OfferedEdition toAdd;
    private List<WishListLine> lines;

    @PostConstruct
    void load() {
        lines = wishList.of(currentAccount.get());
    }

    /** The view action: the edition to add, when the address names one on offer that is not on the list yet. */
    public void open() {
        Long id = editionId(add);
        if (add != null && !add.isBlank() && id == null) {
            PageMessages.error("wish-list.edition-not-found");
            return;
        }
        if (id == null) {
            return;
        }
        toAddOf = catalogue.publicationOfEdition(id).orElse(null);
        toAdd = toAddOf == null ? null
                : toAddOf.editions().stream().filter(e -> e.id() == id).findFirst().orElse(null);
        if (toAdd == null) {
            PageMessages.error("wish-list.edition-not-found");
        } else if (lines.stream().anyMatch(line -> line.editionId() == id)) {
            PageMessages.info("wish-list.already-there", toAdd.title());
            toAdd = null;
        }
    }

    private static Long editionId(String written) {
        if (written == null || !written.strip().matches("\\d{1,18}")) {
            return null;
        }
        return Long.valueOf(written.strip());
    }

    public void confirmAdd() {
        if (toAdd == null) {
            return;
        }
        try {
            WishListLine added = wishList.add(currentAccount.get(), toAdd.id());
            PageMessages.info("shop.wish-list-added", added.title(), added.language(), added.format());
        } catch (RuleViolation refused) {
            PageMessages.error(refused);
        } finally {
            toAdd = null;
            lines = wishList.of(currentAccount.get());
        }
    }

    public void remove(WishListLine line) {
        try {
            String title = wishList.remove(currentAccount.get(), line.entryId());
            PageMessages.info("wish-list.removed", title, line.language(), line.format());
        } catch (RuleViolation refused) {
            PageMessages.error(refused);
        } finally {
            lines = wishList.of(currentAccount.get());
        }
    }

    public List<WishListLine> getLines() {
        return lines;
    }

    public OfferedEdition getToAdd() {
        return toAdd;
    }

    public OfferedPublication getToAddOf() {
        return toAddOf;
    }

    public String getAdd() {
        return add;
    }

    public void setAdd(String add) {
        this.add = add;
    }
}
