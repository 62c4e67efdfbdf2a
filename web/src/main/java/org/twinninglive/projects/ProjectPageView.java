package org.twinninglive.projects;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.twinninglive.people.PersonSummary;
import org.twinninglive.platform.CurrentIdentity;
import org.twinninglive.platform.CurrentUser;
import org.twinninglive.platform.NotFoundException;
import org.twinninglive.platform.PageMessages;
import org.twinninglive.platform.TwinningException;
import org.primefaces.PrimeFaces;

/**
 * Backs projects/project.xhtml, the page at {@code /projects/{id}} (P1–P4): the project as the
 * reader may see it (visitors too, when it is open or closed), and exactly the actions the reader
 * may take on it now: answer an invitation, invite a contact, manage partners, leave, close,
 * reopen. A project the reader may not know of is "not found".
 */
@Named
@ViewScoped
public class ProjectPageView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentIdentity identity;

    @Inject
    CurrentUser currentUser;

    @Inject
    ProjectService projects;

    @Inject
    PrizeService prizes;

    private String id;
    private ProjectView project;
    private List<ProjectService.InvitationChoice> choices = List.of();
    private String invitee;
    private String successor;
    private boolean prizeWon;

    public void load() throws IOException {
        var faces = FacesContext.getCurrentInstance();
        var response = (HttpServletResponse) faces.getExternalContext().getResponse();
        response.setHeader("Cache-Control", "private, no-store");
        try {
            refresh();
            if (!ProjectStatus.valueOf(project.status()).isPublic()) {
                response.setHeader("X-Robots-Tag", "noindex");
            }
        } catch (NotFoundException hidden) {
            response.setHeader("X-Robots-Tag", "noindex");
            faces.getExternalContext().responseSendError(404, "");
            faces.responseComplete();
        }
    }

    public void accept() {
        act(() -> projects.accept(identity.require(), id, project.invitationId()), "projects.accepted");
    }

    /** Declines; a pending project is then no longer the reader's to see: back to the Projects tab. */
    public String decline() {
        if (!PageMessages.attempt(() -> projects.decline(identity.require(), id, project.invitationId()),
                "projects.declined", "project.notDone")) {
            refresh();
            return null;
        }
        try {
            refresh();
            return null;
        } catch (NotFoundException noLongerVisible) {
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/projects/index?faces-redirect=true";
        }
    }

    public void invite() {
        if (invitee == null || invitee.isBlank()) {
            PageMessages.show(FacesMessage.SEVERITY_WARN, "project.notDone", "refusal.project.invitee");
            return;
        }
        act(() -> projects.invite(identity.require(), id, invitee), "project.invited");
        invitee = null;
    }

    public void close() {
        act(() -> projects.close(identity.require(), id), "project.closed");
    }

    public void reopen() {
        act(() -> projects.reopen(identity.require(), id), "project.reopened");
    }

    public void remove(String memberId) {
        act(() -> projects.remove(identity.require(), id, memberId, null), "project.removed");
    }

    public void makeFounder(String memberId) {
        act(() -> projects.setRole(identity.require(), id, memberId, PartnerRole.FOUNDER.name()), "project.roleSet");
    }

    public void makePartner(String memberId) {
        act(() -> projects.setRole(identity.require(), id, memberId, PartnerRole.PARTNER.name()), "project.roleSet");
    }

    /** The reader leaves; a sole founder hands the project to the partner chosen. */
    public String leave() {
        var me = identity.require();
        String myId = myProfileId();
        boolean left = PageMessages.attempt(() -> projects.remove(me, id, myId, successor), "project.left",
                "project.notDone");
        if (left) {
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/projects/index?faces-redirect=true";
        }
        refresh();
        return null;
    }

    /**
     * The upload widget's remote command: adds the picture it has just sent to the store (the
     * request parameter fileId). A refusal goes back to the widget, which says it in its status.
     */
    public void addImage() {
        String fileId = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("fileId");
        try {
            projects.attachImage(identity.require(), id, fileId);
        } catch (TwinningException refused) {
            PrimeFaces.current().ajax().addCallbackParam("refusal", PageMessages.refusal(refused));
        }
        refresh();
    }

    public void chooseCover(String imageId) {
        act(() -> projects.chooseCover(identity.require(), id, imageId), "project.images.coverChosen");
    }

    public void removeImage(String imageId) {
        act(() -> projects.removeImage(identity.require(), id, imageId), "project.images.removed");
    }

    /** The address of a picture of the project, or of its thumbnail. */
    public String imageUrl(String imageId, boolean thumbnail) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/files/" + imageId
                + (thumbnail ? "/thumbnail" : "");
    }

    /** Whether the reader may add a picture now: a founder of a pending or open project that shows fewer than ten. */
    public boolean isImageRoom() {
        return project.may(ProjectAction.EDIT.name()) && project.images().size() < Project.MOST_IMAGES;
    }

    public int getMostImages() {
        return Project.MOST_IMAGES;
    }

    private void act(Runnable action, String doneKey) {
        PageMessages.attempt(action, doneKey, "project.notDone");
        refresh();
    }

    private void refresh() {
        project = projects.view(identity.get(), id);
        // read once per drawing: the page asks for its certificates more than once
        prizeWon = project.labels().contains("EUROPEAN") && prizes.hasWon(identity.get(), id);
        choices = project.may(ProjectAction.INVITE.name()) ? projects.invitationChoices(identity.require(), id)
                : List.of();
    }

    /** The reader's profile id, or null for a visitor. */
    private String myProfileId() {
        return currentUser.isSignedIn() && currentUser.getProfile() != null ? currentUser.getProfile().id() : null;
    }

    /** Whether the reader is the project's sole founder (leaving then needs a successor). */
    public boolean isSoleFounder() {
        String me = myProfileId();
        var founders = project.members().stream().filter(m -> PartnerRole.FOUNDER.name().equals(m.role())).toList();
        return founders.size() == 1 && founders.get(0).id().equals(me);
    }

    /** Whether the reader may download their certificate of participation: a member of an approved project. */
    public boolean isCertificateAvailable() {
        String me = myProfileId();
        return me != null && ProjectStatus.valueOf(project.status()).isPublic()
                && project.members().stream().anyMatch(m -> m.id().equals(me));
    }

    /**
     * The label certificates the reader may download (slugs of CertificateKind): the national one
     * when the project holds the label of the country they joined from, the European one, the prize one.
     */
    public List<String> getLabelCertificates() {
        String me = myProfileId();
        var member = project.members().stream().filter(m -> me != null && me.equals(m.id())).findFirst();
        if (member.isEmpty()) {
            return List.of();
        }
        var kinds = new java.util.ArrayList<String>();
        if (project.labels().contains("NATIONAL:" + member.get().country())) {
            kinds.add("national-quality-label");
        }
        if (project.labels().contains("EUROPEAN")) {
            kinds.add("european-quality-label");
            if (prizeWon) {
                kinds.add("prize");
            }
        }
        return kinds;
    }

    /** Whether the project has won a European Prize (read with the project, once per drawing). */
    public boolean isPrizeWon() {
        return prizeWon;
    }

    public boolean isMe(String memberId) {
        return memberId != null && memberId.equals(myProfileId());
    }

    public List<ProjectView.Member> getPartners() {
        return project.members().stream().filter(m -> PartnerRole.PARTNER.name().equals(m.role())).toList();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public ProjectView getProject() {
        return project;
    }

    /** The contacts who may be invited now. */
    public List<PersonSummary> getInvitable() {
        return choices.stream().filter(c -> c.refusal() == null).map(ProjectService.InvitationChoice::person).toList();
    }

    /** The contacts who may not be invited now, each with its cause (a slug of InvitationRefusal). */
    public List<ProjectService.InvitationChoice> getNotInvitable() {
        return choices.stream().filter(c -> c.refusal() != null).toList();
    }

    public String getInvitee() {
        return invitee;
    }

    public void setInvitee(String invitee) {
        this.invitee = invitee;
    }

    public String getSuccessor() {
        return successor;
    }

    public void setSuccessor(String successor) {
        this.successor = successor;
    }
}
