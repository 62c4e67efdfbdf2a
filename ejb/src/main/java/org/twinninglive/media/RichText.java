package org.twinninglive.media;

import java.io.Serial;
import java.io.Serializable;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.HtmlStreamEventReceiver;
import org.owasp.html.HtmlStreamEventReceiverWrapper;
import org.owasp.html.PolicyFactory;
import org.twinninglive.platform.Texts;

/**
 * A body a person wrote (a message, a post, a description), as HTML that is safe to show: the
 * server sanitises whatever a page or a client sends with a small allow-list (paragraphs, line
 * breaks, bold, italic, underline, strike-through, lists, quotes, h3/h4 headings, code, and
 * links to http, https or mailto addresses, which get {@code rel="nofollow noopener"}); scripts,
 * styles, event handlers, images, frames and every other element or attribute are dropped,
 * their text kept. {@code b} and {@code i} become {@code strong} and {@code em}, so one
 * formatting is one markup. Its visible text follows the platform's rule of texts
 * ({@link Texts#paragraphs}): NFC, and no control or direction-changing characters, refused
 * under the field {@value #FIELD}. {@link #text()} is the plain form for e-mail and search.
 */
public final class RichText implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The field refusals name: the API takes a body as HTML in {@code body}. */
    static final String FIELD = "body";

    public static final RichText EMPTY = new RichText("", "");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "strong", "em", "u", "s", "ul", "ol", "li", "blockquote", "h3", "h4", "code",
                    "pre", "a")
            .allowElements((name, attributes) -> "strong", "b")
            .allowElements((name, attributes) -> "em", "i")
            .allowAttributes("href").onElements("a")
            .allowUrlProtocols("http", "https", "mailto")
            .requireRelsOnLinks("nofollow", "noopener")
            .withPostprocessor(receiver -> new HtmlStreamEventReceiverWrapper(receiver) {
                @Override
                public void text(String text) {
                    underlying.text(Normalizer.normalize(text, Normalizer.Form.NFC));
                }
            })
            .toFactory();

    private final String html;
    private final String text;

    private RichText(String html, String text) {
        this.html = html;
        this.text = text;
    }

    /** The sanitised form of this HTML; null or nothing visible gives {@link #EMPTY}. */
    public static RichText of(String html) {
        return of(html, FIELD);
    }

    /** The same, refusing a text against the platform's rule under the given field (a project's description). */
    public static RichText of(String html, String field) {
        if (html == null || html.isBlank()) {
            return EMPTY;
        }
        String safe = POLICY.sanitize(html).strip();
        String text = Texts.paragraphs(plainTextOf(safe), field);
        return safe.isEmpty() ? EMPTY : new RichText(safe, text);
    }

    /**
     * A plain text (typed in a text area, from e-mail, or stored before rich text) as rich text:
     * blank lines separate paragraphs, other line breaks stay line breaks, and nothing in it is
     * markup.
     */
    public static RichText ofPlainText(String text) {
        String clean = Texts.paragraphs(text, FIELD);
        if (clean.isEmpty()) {
            return EMPTY;
        }
        var html = new StringBuilder();
        for (String paragraph : clean.split("\n[ \t]*\n\\s*")) {
            html.append("<p>").append(escaped(paragraph.strip()).replace("\n", "<br>")).append("</p>");
        }
        return of(html.toString());
    }

    /** The sanitised HTML, to show as it is. */
    public String html() {
        return html;
    }

    /**
     * The plain text: paragraphs and headings separated by a blank line, line breaks and list
     * items on lines of their own ("- " or "1. " before an item), entities decoded, and links as
     * "text (address)".
     */
    public String text() {
        return text;
    }

    /** Whether nothing visible is written (only spaces, empty paragraphs or invisible characters). */
    public boolean isBlank() {
        return text.codePoints().allMatch(RichText::invisible);
    }

    /** The length of the plain text in characters (code points), for limits a feature sets. */
    public int length() {
        return text.codePointCount(0, text.length());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RichText rich && rich.html.equals(html);
    }

    @Override
    public int hashCode() {
        return html.hashCode();
    }

    @Override
    public String toString() {
        return html;
    }

    /** What was serialised is sanitised again: a stream is no more trusted than a request. */
    @Serial
    private Object readResolve() {
        return of(html);
    }

    private static boolean invisible(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT;
    }

    private static String escaped(String text) {
        var out = new StringBuilder(text.length());
        text.chars().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&#34;");
                case '\'' -> out.append("&#39;");
                default -> out.append((char) c);
            }
        });
        return out.toString();
    }

    private static String plainTextOf(String safeHtml) {
        var plain = new PlainText();
        HtmlSanitizer.sanitize(safeHtml, POLICY.apply(plain));
        return plain.result();
    }

    /** Collects the text of sanitised HTML, with the line structure its elements give it. */
    private static final class PlainText implements HtmlStreamEventReceiver {

        private final StringBuilder out = new StringBuilder();
        /** Per open list: -1 for a bulleted one, else the number of the last item. */
        private final Deque<Integer> lists = new ArrayDeque<>();
        private final Deque<Link> links = new ArrayDeque<>();
        private int preformatted;
        private boolean space;

        private record Link(String href, int start) {
        }

        @Override
        public void openDocument() {
        }

        @Override
        public void closeDocument() {
        }

        @Override
        public void openTag(String name, List<String> attributes) {
            switch (name) {
                case "p", "h3", "h4", "blockquote" -> paragraph();
                case "pre" -> {
                    paragraph();
                    preformatted++;
                }
                case "ul", "ol" -> {
                    if (lists.isEmpty()) {
                        paragraph();
                    }
                    lists.push("ul".equals(name) ? -1 : 0);
                }
                case "li" -> item();
                case "br" -> {
                    trimLine();
                    out.append('\n');
                    space = false;
                }
                case "a" -> links.push(new Link(attribute(attributes, "href"), out.length()));
                default -> {
                    // inline formatting: no break
                }
            }
        }

        @Override
        public void closeTag(String name) {
            switch (name) {
                case "p", "h3", "h4", "blockquote" -> paragraph();
                case "pre" -> {
                    preformatted--;
                    paragraph();
                }
                case "ul", "ol" -> {
                    lists.pop();
                    if (lists.isEmpty()) {
                        paragraph();
                    } else {
                        line();
                    }
                }
                case "li" -> line();
                case "a" -> {
                    if (!links.isEmpty()) {
                        closeLink(links.pop());
                    }
                }
                default -> {
                    // inline formatting: no break
                }
            }
        }

        @Override
        public void text(String text) {
            if (preformatted > 0) {
                out.append(text);
                return;
            }
            text.codePoints().forEach(c -> {
                if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                    space = true;
                } else {
                    if (space && !atLineStart()) {
                        out.append(' ');
                    }
                    space = false;
                    out.appendCodePoint(c);
                }
            });
        }

        String result() {
            return out.toString().replaceAll("[ \t]+\n", "\n").replaceAll("\n{3,}", "\n\n").strip();
        }

        private void item() {
            line();
            String marker = "- ";
            if (!lists.isEmpty() && lists.peek() >= 0) {
                int number = lists.pop() + 1;
                lists.push(number);
                marker = number + ". ";
            }
            out.append("  ".repeat(Math.max(0, lists.size() - 1))).append(marker);
            space = false;
        }

        private void closeLink(Link link) {
            if (link.href().isEmpty()) {
                return;
            }
            String shown = out.substring(link.start()).strip();
            String address = link.href().startsWith("mailto:") ? link.href().substring("mailto:".length()) : link.href();
            if (!shown.equals(address) && !shown.equals(link.href())) {
                out.append(shown.isEmpty() ? address : " (" + address + ")");
            }
        }

        private void paragraph() {
            trimLine();
            if (out.isEmpty()) {
                return;
            }
            int breaks = 0;
            for (int i = out.length() - 1; i >= 0 && out.charAt(i) == '\n' && breaks < 2; i--) {
                breaks++;
            }
            out.append("\n".repeat(2 - breaks));
            space = false;
        }

        private void line() {
            trimLine();
            if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
                out.append('\n');
            }
            space = false;
        }

        private void trimLine() {
            while (!out.isEmpty() && out.charAt(out.length() - 1) == ' ') {
                out.setLength(out.length() - 1);
            }
        }

        private boolean atLineStart() {
            return out.isEmpty() || out.charAt(out.length() - 1) == '\n';
        }

        private static String attribute(List<String> attributes, String name) {
            for (int i = 0; i + 1 < attributes.size(); i += 2) {
                if (attributes.get(i).equals(name)) {
                    return attributes.get(i + 1);
                }
            }
            return "";
        }
    }
}
