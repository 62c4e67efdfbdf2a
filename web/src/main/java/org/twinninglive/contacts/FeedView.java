package org.twinninglive.contacts;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.twinninglive.platform.CurrentIdentity;
import org.twinninglive.platform.PageRequest;

/** The desktop's feed of followed people's activity (C1); the rest of the desktop is DesktopView's. */
@Named
@RequestScoped
public class FeedView {

    private static final PageRequest FIRST_PAGE = new PageRequest(0, 30);

    @Inject
    CurrentIdentity identity;

    @Inject
    ContactService contacts;

    private List<FeedItem> items;

    public List<FeedItem> getItems() {
        if (items == null) {
            items = contacts.feed(identity.require(), FIRST_PAGE).items();
        }
        return items;
    }
}
