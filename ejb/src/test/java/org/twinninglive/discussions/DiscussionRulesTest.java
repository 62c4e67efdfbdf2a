package org.twinninglive.discussions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.twinninglive.media.RichText;
import org.twinninglive.platform.ConflictException;
import org.twinninglive.platform.InvalidInputException;
import org.twinninglive.platform.Writer;

/** The rules of a thread and its posts, without a server: titles, bodies, locks and removals. */
class DiscussionRulesTest {

    private static final Instant T0 = Instant.parse("2026-12-02T10:00:00Z");

    @Test
    void aThreadCountsItsPostsAndItsLastActivity() {
        var thread = DiscussionThread.open("twinspace", "project", "  Our first call ", Writer.person("ana"), T0);
        assertThat(thread.title()).isEqualTo("Our first call");

        var first = thread.post(RichText.of("<p>Monday?</p>"), Writer.person("ana"), T0);
        var reply = thread.post(RichText.of("<p>Yes, at ten.</p>"), Writer.person("dan"), T0.plusSeconds(60));

        assertThat(thread.posts()).isEqualTo(2);
        assertThat(thread.lastPostAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(first.threadId()).isEqualTo(thread.id());
        assertThat(reply.authorId()).isEqualTo("dan");
        assertThat(reply.bodyText()).isEqualTo("Yes, at ten.");
    }

    @Test
    void aLockedThreadTakesNoReplyUntilItIsUnlocked() {
        var thread = DiscussionThread.open("twinspace", "project", "Agenda", Writer.person("ana"), T0);
        thread.post(RichText.of("<p>First</p>"), Writer.person("ana"), T0);
        thread.lock(true);

        assertThatThrownBy(() -> thread.post(RichText.of("<p>Late</p>"), Writer.person("dan"), T0.plusSeconds(1)))
                .isInstanceOfSatisfying(ConflictException.class,
                        refused -> assertThat(refused.type().orElseThrow()).endsWith("/thread-locked"));
        assertThat(thread.posts()).isEqualTo(1);

        thread.lock(false);
        thread.post(RichText.of("<p>Now</p>"), Writer.person("dan"), T0.plusSeconds(2));
        assertThat(thread.posts()).isEqualTo(2);
    }

    @Test
    void aThreadNeedsATitleAndAPostNeedsWords() {
        assertThatThrownBy(() -> DiscussionThread.open("twinspace", "project", " ", Writer.person("ana"), T0))
                .isInstanceOfSatisfying(InvalidInputException.class, wrong -> assertThat(wrong.field()).isEqualTo("title"));
        var thread = DiscussionThread.open("twinspace", "project", "Agenda", Writer.person("ana"), T0);
        assertThatThrownBy(() -> thread.post(RichText.of("<p> </p><script>alert(1)</script>"), Writer.person("ana"), T0))
                .isInstanceOfSatisfying(InvalidInputException.class, wrong -> assertThat(wrong.field()).isEqualTo("body"));
        assertThatThrownBy(() -> thread.post(RichText.ofPlainText("a".repeat(DiscussionPost.LONGEST_BODY + 1)), Writer.person("ana"),
                T0)).isInstanceOf(InvalidInputException.class);
        assertThat(thread.posts()).isZero();
    }

    @Test
    void aRemovedPostKeepsItsWordsForTheRecordWithTheReasonAndIsRemovedOnce() {
        var thread = DiscussionThread.open("twinspace", "project", "Agenda", Writer.person("ana"), T0);
        var post = thread.post(RichText.of("<p>Off topic</p>"), Writer.person("dan"), T0);

        assertThatThrownBy(() -> post.remove("ana", " ", T0.plusSeconds(5)))
                .isInstanceOfSatisfying(InvalidInputException.class, wrong -> assertThat(wrong.field()).isEqualTo("reason"));
        assertThat(post.removed()).isFalse();

        post.remove("ana", "Not about our project.", T0.plusSeconds(5));
        assertThat(post.removed()).isTrue();
        assertThat(post.removalReason()).isEqualTo("Not about our project.");
        assertThat(post.removedBy()).isEqualTo("ana");
        assertThat(post.bodyHtml()).as("kept for the record").isEqualTo("<p>Off topic</p>");
        assertThatThrownBy(() -> post.remove("ana", "Again.", T0.plusSeconds(6)))
                .isInstanceOfSatisfying(ConflictException.class,
                        refused -> assertThat(refused.type().orElseThrow()).endsWith("/post-removed"));
    }
}
