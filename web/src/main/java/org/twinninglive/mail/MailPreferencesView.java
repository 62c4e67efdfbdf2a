package org.twinninglive.mail;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.twinninglive.platform.CurrentIdentity;
import org.twinninglive.platform.PageMessages;

/** Backs notifications/preferences.xhtml (N4): for each kind of mail, immediately, daily or never. */
@Named
@ViewScoped
public class MailPreferencesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentIdentity identity;

    @Inject
    MailPreferences preferences;

    /** One kind and its chosen mode, for the form. */
    public static final class Choice implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String kind;
        private String mode;

        Choice(String kind, String mode) {
            this.kind = kind;
            this.mode = mode;
        }

        public String getKind() {
            return kind;
        }

        public String getMode() {
            return mode;
        }

        public void setMode(String mode) {
            this.mode = mode;
        }
    }

    private List<Choice> choices;

    public void load() {
        if (choices == null) {
            read(preferences.of(identity.require()));
        }
    }

    public List<Choice> getChoices() {
        return choices;
    }

    public List<String> getModes() {
        return List.of(MailMode.IMMEDIATELY.name(), MailMode.DAILY.name(), MailMode.NEVER.name());
    }

    public void save() {
        Map<String, String> wanted = new LinkedHashMap<>();
        choices.forEach(choice -> wanted.put(choice.getKind(), choice.getMode()));
        PageMessages.attempt(() -> read(preferences.choose(identity.require(), wanted)), "mail.preferences.saved",
                "mail.preferences.notDone");
    }

    private void read(Map<String, MailMode> modes) {
        var list = new ArrayList<Choice>();
        modes.forEach((kind, mode) -> list.add(new Choice(kind, mode.name())));
        choices = list;
    }
}
