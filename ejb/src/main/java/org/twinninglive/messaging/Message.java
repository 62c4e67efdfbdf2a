package org.twinninglive.messaging;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.twinninglive.media.RichText;

/** One message of a thread, written once and never edited (N3); its body is sanitised HTML. */
@Entity
@Table(name = "message")
public class Message {

    static final int MAX_BODY = 20_000;

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "thread_id", nullable = false, length = 36)
    private String threadId;

    @Column(name = "author_id", nullable = false, length = 36)
    private String authorId;

    @Column(name = "body_html", nullable = false, length = MAX_BODY)
    private String bodyHtml;

    @Column(name = "body_text", nullable = false, length = MAX_BODY)
    private String bodyText;

    @Column(name = "text_folded", nullable = false, length = MAX_BODY)
    private String textFolded;

    @Column(name = "attachment_count", nullable = false)
    private int attachmentCount;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected Message() {
    }

    Message(String threadId, String authorId, RichText body, int attachmentCount, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.threadId = threadId;
        this.authorId = authorId;
        this.bodyHtml = body.html();
        String text = body.text();
        this.bodyText = text.length() <= MAX_BODY ? text : text.substring(0, MAX_BODY);
        this.textFolded = SearchText.of(this.bodyText, MAX_BODY);
        this.attachmentCount = attachmentCount;
        this.sentAt = now;
    }

    public String id() {
        return id;
    }

    public String threadId() {
        return threadId;
    }

    public String authorId() {
        return authorId;
    }

    public String bodyHtml() {
        return bodyHtml;
    }

    public String bodyText() {
        return bodyText;
    }

    public int attachmentCount() {
        return attachmentCount;
    }

    public Instant sentAt() {
        return sentAt;
    }
}
