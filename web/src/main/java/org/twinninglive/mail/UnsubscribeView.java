package org.twinninglive.mail;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Backs mail/unsubscribe.xhtml, the link at the foot of every mail (N4): it works without
 * signing in. Opening the link only asks; the button confirms (mail scanners follow links).
 */
@Named
@ViewScoped
public class UnsubscribeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MailPreferences preferences;

    private String token;
    private String kind;
    private boolean known;
    private boolean done;

    public void load() {
        known = preferences.unsubscribable(token, kind);
    }

    public void confirm() {
        done = preferences.unsubscribe(token, kind);
        known = done;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public boolean isKnown() {
        return known;
    }

    public boolean isDone() {
        return done;
    }
}
