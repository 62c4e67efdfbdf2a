package org.twinninglive.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The pages' end of the live push: the layout's {@code <f:websocket channel="inbox">} of each
 * signed-in person is told "changed" when their notifications or messages change, and their
 * page fetches the new counts. The message says nothing more, whoever might read it.
 */
@ApplicationScoped
public class InboxPush {

    @Inject
    LivePush live;

    @Inject
    @Push(channel = "inbox")
    PushContext inbox;

    private final Consumer<Set<String>> listener = profileIds -> inbox.send("changed", profileIds);

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        live.listen(listener);
    }

    void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object stopping) {
        try {
            live.stopListening(listener);
        } catch (RuntimeException alreadyStopped) {
            // the application is going away as a whole: nothing is left to tell
        }
    }
}
