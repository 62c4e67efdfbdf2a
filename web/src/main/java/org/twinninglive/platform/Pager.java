package org.twinninglive.platform;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import java.io.Serializable;
import java.util.List;

/**
 * One page at a time of a long list, for plain HTML tables (a PrimeFaces data table writes
 * grid roles that are invalid HTML for a list one only reads). Kept in a view; reads its page
 * once per request, and again on the next one, so it never shows stale rows.
 *
 * @param <T> what a row shows
 */
public class Pager<T> implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int SIZE = 20;

    /** Reads one page; kept in a view, so it is serializable. */
    @FunctionalInterface
    public interface Reader<T> extends Serializable {
        Page<T> read(PageRequest page);
    }

    private final Reader<T> reader;
    private int page;
    private transient Page<T> current;
    private transient Object readIn;
    private transient boolean readForDrawing;

    public Pager(Reader<T> reader) {
        this.reader = reader;
    }

    /**
     * The page: read once for the phases that find the row a button was pressed in, and once
     * more for drawing the answer, so it shows what the action changed.
     */
    private Page<T> current() {
        var faces = FacesContext.getCurrentInstance();
        boolean drawing = faces.getCurrentPhaseId() == PhaseId.RENDER_RESPONSE;
        if (current == null || readIn != faces || (drawing && !readForDrawing)) {
            current = reader.read(new PageRequest(page, SIZE));
            readIn = faces;
            readForDrawing = drawing;
            if (current.items().isEmpty() && page > 0) {
                // the list shrank under the reader (a row removed): show the last page there is
                page = (int) Math.max(0, (reachable() - 1) / SIZE);
                current = reader.read(new PageRequest(page, SIZE));
            }
        }
        return current;
    }

    public List<T> getItems() {
        return current().items();
    }

    public long getTotal() {
        return current().total();
    }

    public boolean isEmpty() {
        return getItems().isEmpty();
    }

    /** Whether the list needs more than one page, so the pager is shown. */
    public boolean isPaged() {
        return page > 0 || isHasNext();
    }

    public boolean isHasPrevious() {
        return page > 0;
    }

    public boolean isHasNext() {
        return (long) (page + 1) * SIZE < reachable();
    }

    public long getFrom() {
        return isEmpty() ? 0 : (long) page * SIZE + 1;
    }

    public long getTo() {
        return (long) page * SIZE + getItems().size();
    }

    public void previous() {
        if (page > 0) {
            page--;
            current = null;
        }
    }

    public void next() {
        if (isHasNext()) {
            page++;
            current = null;
        }
    }

    /** To the last page, read again (after a reply, which goes at the end): its number from the total. */
    public void last() {
        current = null;
        page = (int) Math.max(0, (reachable() - 1) / SIZE);
        current = null;
    }

    /** Back to the first page, read again (after a new search). */
    public void restart() {
        page = 0;
        current = null;
    }

    private long reachable() {
        return Math.min(current().total(), PageRequest.MAX_OFFSET);
    }
}
