package org.focalpoint.shop.orders;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.focalpoint.RuleViolation;
import org.focalpoint.accounts.Account;
import org.focalpoint.faces.PageMessages;
import org.focalpoint.security.CurrentAccount;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The cart, whoever reads: a visitor's lines kept in the visit, a signed-in reader's in their
 * account. What a visitor put in the cart joins the account's cart the first time it is read after
 * signing in, and any line that could not join is said.
 */
@Named
@SessionScoped
public class ShopCart implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Carts carts;

    @Inject
    private CurrentAccount currentAccount;

    private final List<VisitorLine> visitorLines = new ArrayList<>();

    public void add(Long editionId, int quantity) {
        try {
            Optional<Account> account = signedIn();
            CartItem item;
            if (account.isPresent()) {
                item = carts.add(account.get(), editionId, quantity);
            } else {
                item = addForVisitor(editionId, quantity);
            }
            PageMessages.info("cart.added", item.title(), item.language(), item.format(), item.quantity());
        } catch (RuleViolation refused) {
            PageMessages.error(refused);
        }
    }

    private CartItem addForVisitor(Long editionId, int quantity) {
        CartItem item = carts.visitorAdd(visitorLines, editionId, quantity);
        visitorLines.add(new VisitorLine(editionId, item.quantity(), item.unitPrice()));
        return item;
    }

    public void change(Long editionId, int quantity) {
        Optional<Account> account = signedIn();
        if (account.isPresent()) {
            carts.change(account.get(), editionId, quantity);
            return;
        }
        CartItem changed = carts.visitorChange(visitorLines, editionId, quantity);
        visitorLines.replaceAll(line -> line.editionId().equals(editionId)
                ? new VisitorLine(editionId, changed.quantity(), line.priceWhenAdded()) : line);
    }

    /** Returns the title removed. */
    public String remove(Long editionId) {
        Optional<Account> account = signedIn();
        if (account.isPresent()) {
            return carts.remove(account.get(), editionId);
        }
        String title = carts.visitorRemove(visitorLines, editionId);
        visitorLines.removeIf(line -> line.editionId().equals(editionId));
        return title;
    }

    public List<CartItem> items() {
        Optional<Account> account = signedIn();
        return account.isPresent() ? carts.of(account.get()) : carts.visitorItems(visitorLines);
    }

    /** For pages that read the account's cart through a service of their own, such as checkout. */
    public void joinVisitToAccount() {
        signedIn();
    }

    /** The visit's lines join the account's cart, once; what could not join is said on the page. */
    private Optional<Account> signedIn() {
        Account account;
        try {
            account = currentAccount.get();
        } catch (RuleViolation signedOut) {
            return Optional.empty();
        }
        if (!visitorLines.isEmpty()) {
            List<RuleViolation> refused = carts.merge(account, List.copyOf(visitorLines));
            visitorLines.clear();
            refused.forEach(PageMessages::error);
            if (refused.isEmpty()) {
                PageMessages.info("cart.merged");
            }
        }
        return Optional.of(account);
    }
}
