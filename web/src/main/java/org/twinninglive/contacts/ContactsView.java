package org.twinninglive.contacts;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.twinninglive.people.PersonSummary;
import org.twinninglive.platform.CurrentIdentity;
import org.twinninglive.platform.PageMessages;
import org.twinninglive.platform.PageRequest;

/** Backs people/contacts.xhtml: my contacts and the requests waiting on me or on others (C2). */
@Named
@ViewScoped
public class ContactsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final PageRequest FIRST_HUNDRED = new PageRequest(0, PageRequest.MAX_SIZE);

    @Inject
    CurrentIdentity identity;

    @Inject
    ContactService contacts;

    private List<PersonSummary> people;
    private long total;
    private List<RequestView> incoming;
    private List<RequestView> outgoing;

    public void load() {
        var me = identity.require();
        var page = contacts.contacts(me, FIRST_HUNDRED);
        people = page.items();
        total = page.total();
        incoming = contacts.requests(me, true, FIRST_HUNDRED).items();
        outgoing = contacts.requests(me, false, FIRST_HUNDRED).items();
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

    public List<PersonSummary> getPeople() {
        return people;
    }

    public long getTotal() {
        return total;
    }

    public List<RequestView> getIncoming() {
        return incoming;
    }

    public List<RequestView> getOutgoing() {
        return outgoing;
    }
}
