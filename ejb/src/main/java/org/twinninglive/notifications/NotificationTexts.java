package org.twinninglive.notifications;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts of notifications and of the mails that carry them, from the bundle
 * {@code Notifications}, in the reader's language: nothing is stored as text, so a reader who
 * changes language reads everything, old notices too, in the new one.
 */
public final class NotificationTexts {

    private static final String BUNDLE = "org.twinninglive.notifications.Notifications";
    // the base bundle is English: a missing translation falls back to it, never to the server's locale
    private static final ResourceBundle.Control ENGLISH_BASE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;
    private final Locale locale;

    private NotificationTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, NotificationTexts.class.getClassLoader(), ENGLISH_BASE);
    }

    public static NotificationTexts in(Locale locale) {
        return new NotificationTexts(locale == null ? Locale.ENGLISH : locale);
    }

    /** A notice's sentence: {0} the actor, {1} how many others acted too, {2} the detail. */
    public String sentence(NotificationKind kind, String actor, int others, String detail) {
        return format(kind.textKey(), actor, others, detail == null ? "" : detail);
    }

    /** A text of the bundle, with its arguments. */
    public String format(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException missing) {
            return key;
        }
        return new MessageFormat(pattern, locale).format(arguments);
    }
}
