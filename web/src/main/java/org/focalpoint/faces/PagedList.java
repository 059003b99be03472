package org.focalpoint.faces;

import org.focalpoint.RuleViolation;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A lazy p:dataTable's rows, read from the database a page at a time through a service that
 * decides what the signed-in person may see. When the service refuses, the count shows the
 * refusal as a message (PrimeFaces asks for the count before the page, so it is said once) and the
 * table stays empty.
 *
 * @param <T> one row
 */
public class PagedList<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** How many rows the table has in all. */
    @FunctionalInterface
    public interface Count extends Serializable {
        long count();
    }

    /** The rows from {@code first}, at most {@code size} of them, in the order the person chose. */
    @FunctionalInterface
    public interface Page<T> extends Serializable {
        List<T> read(int first, int size, Sorting sorting);
    }

    /** What identifies a row across requests, for selection. */
    @FunctionalInterface
    public interface RowKey<T> extends Serializable {
        Object of(T row);
    }

    /** The column the person sorted by (null when none) and its direction, ascending unless they chose otherwise. */
    public record Sorting(String field, boolean ascending) {

        static Sorting of(Map<String, SortMeta> sortBy) {
            SortMeta sort = sortBy == null ? null : sortBy.values().stream().findFirst().orElse(null);
            return sort == null ? new Sorting(null, true) : new Sorting(sort.getField(), sort.getOrder() != SortOrder.DESCENDING);
        }
    }

    private final Count count;
    private final Page<T> page;
    private final RowKey<T> rowKey;
    private List<T> shown = List.of();

    public PagedList(Count count, Page<T> page, RowKey<T> rowKey) {
        this.count = count;
        this.page = page;
        this.rowKey = rowKey;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        try {
            return (int) count.count();
        } catch (RuleViolation refused) {
            PageMessages.error(refused);
            return 0;
        }
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        try {
            shown = page.read(first, pageSize, Sorting.of(sortBy));
        } catch (RuleViolation refused) {
            // already said by the count
            shown = List.of();
        }
        return shown;
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(rowKey.of(row));
    }

    /** A selected row is one of the page shown. */
    @Override
    public T getRowData(String key) {
        return shown.stream().filter(row -> getRowKey(row).equals(key)).findFirst().orElse(null);
    }
}
