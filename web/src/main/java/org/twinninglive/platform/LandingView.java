package org.twinninglive.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.twinninglive.help.HelpCentre;
import org.twinninglive.help.HelpTopic;
import org.twinninglive.learning.LearningService;
import org.twinninglive.learning.ModuleSummary;
import org.twinninglive.projects.ProjectCriteria;
import org.twinninglive.projects.ProjectSearch;
import org.twinninglive.projects.ProjectStatus;
import org.twinninglive.projects.ProjectSummary;

/**
 * Backs index.xhtml, the landing page (J), with the public content a visitor can open today, in
 * the reader's language: the newest open projects (P2), the first modules of the self-learning
 * catalogue (H2) and the first topics of the help centre (H1). The catalogue is read once per request; the help centre keeps
 * its topics in memory.
 */
@Named
@RequestScoped
public class LandingView {

    /** The page shows a taste of each; the whole catalogue and the help centre are one link away. */
    static final int MODULES_SHOWN = 6;
    static final int HELP_TOPICS_SHOWN = 4;
    static final int PROJECTS_SHOWN = 3;

    @Inject
    CurrentUser user;

    @Inject
    LearningService learning;

    @Inject
    HelpCentre help;

    @Inject
    ProjectSearch projects;

    private List<ModuleSummary> modules;
    private List<HelpTopic> helpTopics;
    private List<ProjectSummary> openProjects;

    /** The newest open projects, as a visitor sees them. */
    public List<ProjectSummary> getOpenProjects() {
        if (openProjects == null) {
            var criteria = new ProjectCriteria(null, null, null, null, null, ProjectStatus.OPEN, null, null);
            openProjects = projects.search(Optional.empty(), criteria, new PageRequest(0, PROJECTS_SHOWN)).items();
        }
        return openProjects;
    }

    public List<ModuleSummary> getModules() {
        if (modules == null) {
            // what there is to read, not the reader's progress: without a viewer no completion is looked up
            modules = learning.catalogue(Optional.empty(), user.getLocale()).stream().limit(MODULES_SHOWN).toList();
        }
        return modules;
    }

    public List<HelpTopic> getHelpTopics() {
        if (helpTopics == null) {
            helpTopics = help.topics(user.getLocale()).stream().limit(HELP_TOPICS_SHOWN).toList();
        }
        return helpTopics;
    }
}
