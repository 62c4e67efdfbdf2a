package org.twinninglive.notifications;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.twinninglive.people.RelatedPeople;
import org.twinninglive.platform.SignedInIdentity;

/**
 * Notifications as sentences in the reader's language, on the list page, in the API and in
 * mails alike. An actor is named when the reader may see them, or when they showed themselves
 * by asking the reader to become a contact; else "someone"; an erased actor is "a former member".
 */
@Dependent
public class NotificationRendering {

    @Inject
    RelatedPeople related;

    public List<NotificationView> render(SignedInIdentity reader, Locale locale, List<Notification> rows) {
        var texts = NotificationTexts.in(locale);
        Set<String> actors = rows.stream().map(Notification::actorId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<String, String> shown = new HashMap<>(related.visibleNames(reader, actors));
        Set<String> askers = rows.stream()
                .filter(n -> (n.kind() == NotificationKind.CONTACT_REQUESTED || n.kind() == NotificationKind.PROJECT_INVITATION)
                        && n.actorId() != null
                        && !shown.containsKey(n.actorId()))
                .map(Notification::actorId).collect(Collectors.toSet());
        if (!askers.isEmpty()) {
            shown.putAll(related.names(askers));
        }
        return rows.stream().map(n -> {
            String actor = n.actorId() == null ? texts.format("notification.formerMember")
                    : shown.getOrDefault(n.actorId(), texts.format("notification.someone"));
            String actorId = n.actorId() != null && shown.containsKey(n.actorId()) ? n.actorId() : null;
            return new NotificationView(n.id(), n.kind().key(),
                    texts.sentence(n.kind(), actor, n.actorCount() - 1, n.detail()), n.kind().link(actorId, n.reference()), actorId,
                    n.actorCount(), n.createdAt(), !n.unread());
        }).toList();
    }
}
