package org.twinninglive.contacts;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.twinninglive.people.PersonView;
import org.twinninglive.people.ProfileService;
import org.twinninglive.platform.CurrentIdentity;
import org.twinninglive.platform.PageRequest;

/** The desktop's feed of followed people's activity (C1) and the reader's own account state (U6). */
@Named
@RequestScoped
public class FeedView {

    private static final PageRequest FIRST_PAGE = new PageRequest(0, 30);

    @Inject
    CurrentIdentity identity;

    @Inject
    ContactService contacts;

    @Inject
    ProfileService profiles;

    private List<FeedItem> items;
    private PersonView me;

    public List<FeedItem> getItems() {
        if (items == null) {
            items = contacts.feed(identity.require(), FIRST_PAGE).items();
        }
        return items;
    }

    public PersonView getMe() {
        if (me == null) {
            me = profiles.mine(identity.require());
        }
        return me;
    }
}
