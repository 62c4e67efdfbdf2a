package org.twinninglive.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.junit.jupiter.api.Test;

class DownloadTest {

    @Test
    void aDocumentIsAnAttachmentWithItsNameInUtf8() {
        var download = new Download("\u00dcbung 1 \"final\".pdf", "application/pdf", 10, InputStream.nullInputStream());

        assertThat(download.disposition()).isEqualTo(
                "attachment; filename=\"_bung 1 _final_.pdf\"; filename*=UTF-8''%C3%9Cbung%201%20%22final%22.pdf");
    }

    @Test
    void aPictureIsShownInline() {
        var download = new Download("drawing.png", "image/png", 10, InputStream.nullInputStream());

        assertThat(download.disposition()).isEqualTo("inline; filename=\"drawing.png\"; filename*=UTF-8''drawing.png");
    }

    @Test
    void aTextIsServedAsUtf8() {
        assertThat(FileType.TEXT.servedAs()).isEqualTo("text/plain;charset=UTF-8");
        assertThat(FileType.PDF.servedAs()).isEqualTo("application/pdf");
    }
}
