package org.twinninglive.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.twinninglive.contacts.ContactService;
import org.twinninglive.people.PersonView;
import org.twinninglive.people.ProfileCompleteness;
import org.twinninglive.people.ProfileService;
import org.twinninglive.people.ValidationService;

/**
 * Backs desktop/index.xhtml (N1) with what a user comes for first: what waits for their answer
 * (contact requests; for the nss, the accounts of their country to review; their own account's
 * review), what their profile still lacks, and the way to their school's eTwinning School label.
 * Each part is read at most once per request, as a count rather than a list, so the page costs a
 * bounded number of queries; the bar and the feed have views of their own.
 */
@Named
@RequestScoped
public class DesktopView {

    /** The services count along with a page: one entry is the smallest page there is. */
    private static final PageRequest COUNT_ONLY = new PageRequest(0, 1);

    @Inject
    CurrentIdentity identity;

    @Inject
    ProfileService profiles;

    @Inject
    ContactService contacts;

    @Inject
    ValidationService validations;

    private PersonView me;
    private Long incomingRequests;
    private Long accountsToReview;
    private boolean accountsToReviewRead;

    /** The reader's own profile: its review state and what it still lacks. */
    public PersonView getMe() {
        if (me == null) {
            me = profiles.mine(identity.require());
        }
        return me;
    }

    /** The country whose National Support Service reviews the reader's account, while it does. */
    public String getReviewingCountry() {
        return getMe().underReview() ? getMe().country() : null;
    }

    /** Contact requests sent to the reader and not answered yet. */
    public long getIncomingRequests() {
        if (incomingRequests == null) {
            incomingRequests = contacts.requests(identity.require(), true, COUNT_ONLY).total();
        }
        return incomingRequests;
    }

    public boolean isReviewer() {
        return identity.require().roles().contains(Roles.NSS);
    }

    /** Whether the reader reviews quality labels: the nss their country's national ones, the css the European ones. */
    public boolean isLabelReviewer() {
        return isReviewer() || identity.require().roles().contains(Roles.CSS);
    }

    /** Whether the reader has a current school, whose eTwinning School label page they reach from here. */
    public boolean isAtSchool() {
        return getMe().school() != null;
    }

    /**
     * For the nss: the accounts of their country waiting for review; null for everyone else, and
     * for an officer whose account has no country (the queue's page tells them why).
     */
    public Long getAccountsToReview() {
        if (!accountsToReviewRead && isReviewer()) {
            try {
                accountsToReview = validations.queue(identity.require(), null, COUNT_ONLY).total();
            } catch (ForbiddenException noCountry) {
                accountsToReview = null;
            }
        }
        accountsToReviewRead = true;
        return accountsToReview;
    }

    /** What the reader's profile still needs to count as complete, in the order pages list it; empty when complete. */
    public List<ProfileCompleteness.Field> getProfileGaps() {
        return getMe().completeness().missing();
    }

    /** Whether anything at all waits for the reader, for the section's empty state. */
    public boolean isNothingWaiting() {
        return !getMe().underReview() && !getMe().rejected() && getIncomingRequests() == 0
                && !isLabelReviewer();
    }
}
