package org.twinninglive.people;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.twinninglive.contacts.ContactService;
import org.twinninglive.contacts.FeedItem;
import org.twinninglive.platform.CurrentIdentity;
import org.twinninglive.platform.NotFoundException;
import org.twinninglive.platform.PageMessages;
import org.twinninglive.platform.Pager;
import org.twinninglive.progression.ProgressionBar;
import org.twinninglive.progression.ProgressionService;
import org.twinninglive.projects.ProjectService;
import org.twinninglive.projects.ProjectSummary;
import org.twinninglive.schools.SchoolLabels;

/**
 * Backs people/profile.xhtml, the page at {@code /people/{id}} (U1): someone's profile as the
 * viewer may see it, their progression bar (S4) and activity, and the Follow and Invite to
 * contacts buttons (C1, C2). A profile the viewer may not see is "not found".
 */
@Named
@ViewScoped
public class PersonPageView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentIdentity identity;

    @Inject
    ProfileService profiles;

    @Inject
    ContactService contacts;

    @Inject
    ProgressionService progression;

    @Inject
    ProjectService projects;

    @Inject
    SchoolLabels schoolLabels;

    @Inject
    org.twinninglive.events.EventService events;

    private String id;
    private PersonView person;
    private ProgressionBar bar;
    private List<FeedItem> activity;
    private Map<String, LocalDate> labelledUntil;
    private final Pager<ProjectSummary> projectList = new Pager<>(page -> projects.ofPerson(identity.get(), id, page));
    private final Pager<org.twinninglive.events.EventSummary> eventList =
            new Pager<>(page -> events.ofPerson(identity.get(), id, page));

    /** Loads the profile named in the address; one the viewer may not see is "not found". */
    public void load() throws IOException {
        var faces = FacesContext.getCurrentInstance();
        var response = (HttpServletResponse) faces.getExternalContext().getResponse();
        response.setHeader("Cache-Control", "private, no-store");
        try {
            refresh();
            if (!person.robotsMayIndex()) {
                response.setHeader("X-Robots-Tag", "noindex");
            }
        } catch (NotFoundException hidden) {
            response.setHeader("X-Robots-Tag", "noindex");
            faces.getExternalContext().responseSendError(404, "");
            faces.responseComplete();
        }
    }

    public void follow() {
        act(() -> contacts.follow(identity.require(), id), "profile.followed");
    }

    public void unfollow() {
        act(() -> contacts.unfollow(identity.require(), id), "profile.unfollowed");
    }

    public void invite() {
        act(() -> contacts.request(identity.require(), id), "profile.invited");
    }

    public void accept() {
        act(() -> contacts.accept(identity.require(), person.relationship().pendingRequestId()), "profile.accepted");
    }

    public void cancelInvitation() {
        act(() -> contacts.cancel(identity.require(), person.relationship().pendingRequestId()), "profile.cancelled");
    }

    private void act(Runnable action, String doneKey) {
        PageMessages.attempt(action, doneKey, "profile.notDone");
        try {
            refresh();
            PageMessages.focus("profile-form:" + controlInPlaceOfTheOneUsed());
        } catch (NotFoundException hidden) {
            // its owner closed it (or left) while the page was open: back to the search, saying so
            PageMessages.show(FacesMessage.SEVERITY_WARN, "profile.gone", "profile.gone.detail");
            var faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().getFlash().setKeepMessages(true);
            faces.getApplication().getNavigationHandler()
                    .handleNavigation(faces, null, "/people/index?faces-redirect=true");
        }
    }

    /**
     * The button that stands where the used one stood, once the form is drawn again, so the
     * keyboard's focus stays on the profile's actions (Follow becomes Unfollow, Invite becomes
     * Cancel the invitation, and back).
     */
    private String controlInPlaceOfTheOneUsed() {
        var relationship = person.relationship();
        var actor = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()
                .getOrDefault("jakarta.faces.source", "");
        boolean usedInvitation = actor.endsWith(":invite") || actor.endsWith(":cancel-invitation");
        if (usedInvitation && relationship.pendingRequestId() != null && !relationship.requestIncoming()) {
            return "cancel-invitation";
        }
        if (usedInvitation && relationship.mayInvite()) {
            return "invite";
        }
        return relationship.following() ? "unfollow" : "follow";
    }

    private void refresh() {
        person = profiles.person(identity.get(), id);
        bar = progression.barOf(identity.get(), id);
        activity = profiles.activity(identity.get(), id);
        labelledUntil = schoolLabels.labelledUntil(person.schools().stream().map(MembershipView::schoolId)
                .filter(java.util.Objects::nonNull).toList());
    }

    /** The day until which each of their schools holds the eTwinning School label (only those holding it). */
    public Map<String, LocalDate> getLabelledUntil() {
        return labelledUntil;
    }

    /** Their approved projects with the projects' quality labels, paged (the Projects tab). */
    public Pager<ProjectSummary> getProjects() {
        return projectList;
    }

    /** The public events they organise (and to themselves, those they take part in), paged (the Events tab). */
    public Pager<org.twinninglive.events.EventSummary> getEvents() {
        return eventList;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public PersonView getPerson() {
        return person;
    }

    public ProgressionBar getBar() {
        return bar;
    }

    public List<FeedItem> getActivity() {
        return activity;
    }
}
