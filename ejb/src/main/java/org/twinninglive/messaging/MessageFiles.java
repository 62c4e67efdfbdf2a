package org.twinninglive.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.twinninglive.media.FileAccess;
import org.twinninglive.people.ProfileVisibility;
import org.twinninglive.platform.SignedInIdentity;

/** Who may download a message's attachments: the participants of its thread, nobody else. */
@ApplicationScoped
public class MessageFiles implements FileAccess {

    @Inject
    ProfileVisibility visibility;

    @Inject
    MessagingAccess access;

    @Override
    public String owner() {
        return MessageService.FILE_OWNER;
    }

    @Override
    public boolean mayRead(Optional<SignedInIdentity> viewer, String ownerId) {
        return visibility.viewerId(viewer).map(me -> access.mayReadMessage(me, ownerId)).orElse(false);
    }
}
