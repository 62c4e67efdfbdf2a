package org.twinninglive.learning;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.twinninglive.platform.CurrentIdentity;
import org.twinninglive.platform.CurrentUser;
import org.twinninglive.platform.InvalidInputException;
import org.twinninglive.platform.NotFoundException;
import org.twinninglive.platform.PageMessages;

/**
 * Backs learning/module.xhtml: reading a module in the reader's language,
 * answering its quiz, completing it (S5).
 */
@Named
@ViewScoped
public class ModuleView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentIdentity identity;

    @Inject
    CurrentUser user;

    @Inject
    LearningService learning;

    private String id;
    private ModuleDetail module;
    private final Map<Integer, Integer> answers = new HashMap<>();
    private Completion completion;

    /** Loads the module named in the address; an unknown one is the not-found page. */
    public void load() throws IOException {
        if (module != null) {
            return;
        }
        try {
            module = learning.module(id, user.getLocale());
        } catch (NotFoundException unknown) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public void complete() {
        try {
            completion = learning.complete(identity.get(), module.id(), answers, user.getLocale());
            if (completion.counted()) {
                PageMessages.show(FacesMessage.SEVERITY_INFO, "learning.completed",
                        completion.firstTime() ? "learning.completed.counted" : "learning.completed.again");
            }
        } catch (InvalidInputException wrong) {
            PageMessages.showRefusal(FacesMessage.SEVERITY_WARN, "learning.notYet", wrong);
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public ModuleDetail getModule() {
        return module;
    }

    public Map<Integer, Integer> getAnswers() {
        return answers;
    }

    public Completion getCompletion() {
        return completion;
    }
}
