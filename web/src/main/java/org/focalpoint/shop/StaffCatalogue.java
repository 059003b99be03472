package org.focalpoint.shop;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.focalpoint.faces.PagedList;
import org.focalpoint.security.CurrentAccount;
import org.primefaces.component.datatable.DataTable;

import java.io.Serializable;

/** The staff's list of every publication, withdrawn ones too: search by words or product number, a page at a time. */
@Named
@ViewScoped
public class StaffCatalogue implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentAccount currentAccount;

    @Inject
    private CatalogueOversight oversight;

    private String words;

    private final PagedList<OverseenPublication> model = new PagedList<>(
            () -> oversight.count(currentAccount.get(), words),
            (first, size, sorting) -> oversight.page(currentAccount.get(), words, first, size),
            OverseenPublication::id);

    /** A new search starts again at the first page. */
    public void search() {
        DataTable table = (DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent("catalogue:list");
        if (table != null) {
            table.setFirst(0);
        }
    }

    public PagedList<OverseenPublication> getModel() {
        return model;
    }

    public String getWords() {
        return words;
    }

    public void setWords(String words) {
        this.words = words;
    }
}
