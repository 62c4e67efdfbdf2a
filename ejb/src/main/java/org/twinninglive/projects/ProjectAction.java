package org.twinninglive.projects;

/** What a person may do on a project now ({@link Project#actionsOf}): exactly the buttons a page shows. */
public enum ProjectAction {
    EDIT, INVITE, CLOSE, REOPEN, MANAGE_PARTNERS, LEAVE, ANSWER_INVITATION
}
