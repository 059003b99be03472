package org.focalpoint.shop.orders;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.focalpoint.faces.PagedList;
import org.focalpoint.security.CurrentAccount;

import java.io.Serializable;

/** "My orders": the buyer's orders, newest first, a page at a time, each opening its own page. */
@Named
@ViewScoped
public class MyOrdersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ShopOrders orders;

    @Inject
    private CurrentAccount currentAccount;

    private final PagedList<ShopOrder> model = new PagedList<>(
            () -> orders.count(currentAccount.get()),
            (first, size, sorting) -> orders.of(currentAccount.get(), first, size),
            ShopOrder::getId);

    public PagedList<ShopOrder> getModel() {
        return model;
    }
}
