package org.twinninglive.platform;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A list of a page read one page at a time from a service (a lazy PrimeFaces table): the table
 * asks for the page it shows, and never further than a list can be paged
 * ({@link PageRequest#MAX_OFFSET}).
 *
 * @param <T> what a row shows
 */
public class PagedList<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** Reads one page; kept in a view, so it is serializable. */
    @FunctionalInterface
    public interface Reader<T> extends Serializable {
        Page<T> read(PageRequest page);
    }

    /** A row's id; kept in a view, so it is serializable. */
    @FunctionalInterface
    public interface RowKey<T> extends Function<T, String>, Serializable {
    }

    private final Reader<T> reader;
    private final RowKey<T> key;

    public PagedList(Reader<T> reader, RowKey<T> key) {
        this.reader = reader;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filters) {
        return reachable(reader.read(new PageRequest(0, 1)).total());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
        int size = Math.min(pageSize, PageRequest.MAX_SIZE);
        if ((long) first + size > PageRequest.MAX_OFFSET) {
            return List.of(); // only where the page size does not divide the bound
        }
        var page = reader.read(new PageRequest(first / size, size));
        setRowCount(reachable(page.total()));
        return page.items();
    }

    @Override
    public String getRowKey(T row) {
        return key.apply(row);
    }

    @Override
    public T getRowData(String rowKey) {
        return null;
    }

    private static int reachable(long total) {
        return (int) Math.min(total, PageRequest.MAX_OFFSET);
    }
}
