package org.twinninglive.twinspace;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.twinninglive.media.RichText;
import org.twinninglive.platform.InvalidInputException;
import org.twinninglive.platform.Texts;

/**
 * A post of a TwinSpace's public blog (T1): what a project's teachers publish for everyone,
 * visitors included, about their work. Nothing else of the space is public; a post is written by
 * a member for the public, never taken from the members' pages or forum by itself.
 */
@Entity
@Table(name = "space_blog_post")
public class SpaceBlogPost {

    public static final int LONGEST_TITLE = 200;
    public static final int LONGEST_BODY = 10_000;

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "project_id", nullable = false, length = 36)
    private String projectId;

    @Column(nullable = false, length = LONGEST_TITLE)
    private String title;

    @Column(name = "body_html", nullable = false, length = 20_000)
    private String bodyHtml;

    @Column(name = "body_text", nullable = false, length = 20_000)
    private String bodyText;

    @Column(name = "author_id", length = 36)
    private String authorId;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    protected SpaceBlogPost() {
    }

    /** A member publishes a post: a title and a body, both required. */
    public static SpaceBlogPost publish(String projectId, String title, RichText body, String by, Instant now) {
        String clean = Texts.line(title, "title");
        if (clean.isEmpty() || clean.length() > LONGEST_TITLE) {
            throw new InvalidInputException("title", "title is required and has at most " + LONGEST_TITLE
                    + " characters.").shownAs("space.blog.title", LONGEST_TITLE);
        }
        if (body.isBlank()) {
            throw new InvalidInputException("body", "body is required.").shownAs("space.blog.body");
        }
        if (body.length() > LONGEST_BODY || body.html().length() > 20_000) {
            throw new InvalidInputException("body", "body has at most " + LONGEST_BODY + " characters.")
                    .shownAs("space.blog.bodyTooLong", LONGEST_BODY);
        }
        var post = new SpaceBlogPost();
        post.id = UUID.randomUUID().toString();
        post.projectId = projectId;
        post.title = clean;
        post.bodyHtml = body.html();
        post.bodyText = body.text();
        post.authorId = by;
        post.publishedAt = now;
        return post;
    }

    public String id() {
        return id;
    }

    public String projectId() {
        return projectId;
    }

    public String title() {
        return title;
    }

    public String bodyHtml() {
        return bodyHtml;
    }

    public String bodyText() {
        return bodyText;
    }

    public String authorId() {
        return authorId;
    }

    public Instant publishedAt() {
        return publishedAt;
    }
}
