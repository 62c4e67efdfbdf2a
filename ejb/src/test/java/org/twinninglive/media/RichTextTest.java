package org.twinninglive.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.twinninglive.platform.InvalidInputException;

class RichTextTest {

    @Test
    void scriptsAreRemovedWithTheirContent() {
        var rich = RichText.of("<p>Hello<script>alert('x')</script> world</p><script src=\"https://evil.example/x.js\"></script>");

        assertThat(rich.html()).isEqualTo("<p>Hello world</p>").doesNotContainIgnoringCase("script");
        assertThat(rich.text()).isEqualTo("Hello world");
    }

    @Test
    void eventHandlersImagesAndFramesAreRemoved() {
        var rich = RichText.of("<img src=x onerror=\"alert(1)\"><p onclick=\"steal()\" onmouseover=\"x()\">Click</p>"
                + "<iframe src=\"https://evil.example\"></iframe><svg onload=\"alert(1)\"><circle/></svg>");

        assertThat(rich.html()).isEqualTo("<p>Click</p>");
    }

    @Test
    void javascriptAndDataLinksLoseTheirAddressAndKeepTheirText() {
        var rich = RichText.of("<a href=\"javascript:alert(1)\">one</a> <a href=\"JaVaScRiPt:alert(1)\">two</a>"
                + " <a href=\"data:text/html,<script>alert(1)</script>\">three</a>");

        assertThat(rich.html()).doesNotContain("href").doesNotContainIgnoringCase("javascript").doesNotContain("data:");
        assertThat(rich.text()).isEqualTo("one two three");
    }

    @Test
    void stylesAreRemoved() {
        var rich = RichText.of("<style>p { display: none }</style><p style=\"position:fixed;top:0\" class=\"x\">Styled</p>");

        assertThat(rich.html()).isEqualTo("<p>Styled</p>");
    }

    @Test
    void formattingListsAndLinksAreKeptWithNofollowNoopener() {
        var rich = RichText.of("<p><b>bold</b>, <strong>strong</strong>, <i>it</i>, <u>u</u> and <s>s</s></p>"
                + "<ul><li>one</li><li>two</li></ul><ol><li>first</li></ol><blockquote>quoted</blockquote>"
                + "<p><a href=\"https://example.org/a?b=1\" target=\"_blank\" rel=\"opener\">a link</a></p>");

        assertThat(rich.html())
                .contains("<strong>bold</strong>, <strong>strong</strong>, <em>it</em>, <u>u</u> and <s>s</s>")
                .contains("<ul><li>one</li><li>two</li></ul><ol><li>first</li></ol><blockquote>quoted</blockquote>")
                .contains("<a href=\"https://example.org/a?b&#61;1\" rel=\"nofollow noopener\">a link</a>")
                .doesNotContain("target").doesNotContain("rel=\"opener\"");
    }

    @Test
    void mailtoLinksAreKept() {
        assertThat(RichText.of("<a href=\"mailto:ana@example.org\">write</a>").html())
                .isEqualTo("<a href=\"mailto:ana&#64;example.org\" rel=\"nofollow noopener\">write</a>");
    }

    @Test
    void theTextFormHasParagraphsLinesListItemsAndLinks() {
        var rich = RichText.of("<h3>Title</h3><p>First line<br>second line &amp; more</p>"
                + "<ul><li>apples</li><li>pears</li></ul><ol><li>one</li><li>two</li></ol>"
                + "<p>See <a href=\"https://example.org\">our site</a>, <a href=\"https://example.org\">https://example.org</a>"
                + " or <a href=\"mailto:ana@example.org\">ana@example.org</a>.</p>");

        assertThat(rich.text()).isEqualTo("""
                Title

                First line
                second line & more

                - apples
                - pears

                1. one
                2. two

                See our site (https://example.org), https://example.org or ana@example.org.""");
    }

    @Test
    void whitespaceIsCollapsedOutsidePreformattedText() {
        var rich = RichText.of("<p>  many \n\n  spaces  </p><pre>  kept\n    as is</pre>");

        assertThat(rich.text()).isEqualTo("many spaces\n\n  kept\n    as is");
    }

    @Test
    void nothingVisibleIsBlank() {
        assertThat(RichText.of(null)).isEqualTo(RichText.EMPTY);
        assertThat(RichText.of("   ").isBlank()).isTrue();
        assertThat(RichText.of("<p></p><p>&nbsp;</p><br>").isBlank()).isTrue();
        assertThat(RichText.of("<script>alert(1)</script>").isBlank()).isTrue();
        assertThat(RichText.of("<img src=x>").isBlank()).isTrue();
        assertThat(RichText.of("<p>x</p>").isBlank()).isFalse();
    }

    @Test
    void plainTextBecomesEscapedParagraphs() {
        var rich = RichText.ofPlainText("Dear <all>,\nsee you & bye\n\n\nAna");

        assertThat(rich.html()).isEqualTo("<p>Dear &lt;all&gt;,<br />see you &amp; bye</p><p>Ana</p>");
        assertThat(rich.text()).isEqualTo("Dear <all>,\nsee you & bye\n\nAna");
        assertThat(RichText.of(rich.html())).as("sanitising again changes nothing").isEqualTo(rich);
    }

    @Test
    void textIsStoredInNfcAndDirectionChangesAreRefused() {
        assertThat(RichText.of("<p>Jose\u0301</p>").html()).isEqualTo("<p>Jos\u00e9</p>");
        assertThat(RichText.of("<p>Jose\u0301</p>")).isEqualTo(RichText.of("<p>Jos\u00e9</p>"));

        var refused = catchThrowableOfType(InvalidInputException.class, () -> RichText.of("<p>gpj&#x202E;exe</p>"));

        assertThat(refused).isNotNull();
        assertThat(refused.field()).isEqualTo("body");
        assertThat(refused.textKey()).isEqualTo("text.characters");
    }

    @Test
    void theLengthCountsCharactersOfTheText() {
        assertThat(RichText.of("<p><strong>caf\u00e9</strong> \uD83D\uDE00</p>").length()).isEqualTo(6);
    }
}
