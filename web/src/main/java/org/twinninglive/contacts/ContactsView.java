package org.twinninglive.contacts;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.twinninglive.people.PersonSummary;
import org.twinninglive.platform.CurrentIdentity;
import org.twinninglive.platform.PageMessages;
import org.twinninglive.platform.Pager;
import org.twinninglive.platform.PageRequest;

/** Backs people/contacts.xhtml: my contacts and the requests waiting on me or on others (C2). */
@Named
@ViewScoped
public class ContactsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final PageRequest ONE = new PageRequest(0, 1);

    @Inject
    CurrentIdentity identity;

    @Inject
    ContactService contacts;

    private final Pager<PersonSummary> people =
            new Pager<>(page -> contacts.contacts(identity.require(), page));
    private final Pager<RequestView> incoming =
            new Pager<>(page -> contacts.requests(identity.require(), true, page));
    private final Pager<RequestView> outgoing =
            new Pager<>(page -> contacts.requests(identity.require(), false, page));
    private long total;
    private long incomingTotal;

    /** The counts in the headings; the lists read their pages themselves. */
    public void load() {
        var me = identity.require();
        total = contacts.contacts(me, ONE).total();
        incomingTotal = contacts.requests(me, true, ONE).total();
    }

    public void accept(String requestId) {
        act(() -> contacts.accept(identity.require(), requestId), "contacts.accepted");
    }

    public void decline(String requestId) {
        act(() -> contacts.decline(identity.require(), requestId), "contacts.declined");
    }

    public void cancel(String requestId) {
        act(() -> contacts.cancel(identity.require(), requestId), "contacts.cancelled");
    }

    public void remove(String profileId) {
        act(() -> contacts.remove(identity.require(), profileId), "contacts.removed");
    }

    private void act(Runnable action, String doneKey) {
        PageMessages.attempt(action, doneKey, "contacts.notDone");
        load();
    }

    public Pager<PersonSummary> getPeople() {
        return people;
    }

    public long getTotal() {
        return total;
    }

    public long getIncomingTotal() {
        return incomingTotal;
    }

    public Pager<RequestView> getIncoming() {
        return incoming;
    }

    public Pager<RequestView> getOutgoing() {
        return outgoing;
    }
}
