package org.twinninglive.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.twinninglive.platform.InvalidInputException;

class StoredFileTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final String ANA = "b0000000-0000-4000-8000-000000000001";
    private static final String BEN = "b0000000-0000-4000-8000-000000000002";

    @Test
    void anUploadIsUnattachedAndItsUploadersAlone() {
        var file = upload();

        assertThat(file.isAttached()).isFalse();
        assertThat(file.uploadedBy(ANA)).isTrue();
        assertThat(file.uploadedBy(BEN)).isFalse();
        assertThat(file.view()).isEqualTo(new StoredFileView(file.id(), "notes.txt", 5, "text/plain"));
    }

    @Test
    void itsUploaderAttachesItOnce() {
        var file = upload();

        file.attachTo(ANA, "message", "m1", NOW);

        assertThat(file.isAttached()).isTrue();
        assertThat(file.owner()).isEqualTo("message");
        assertThat(file.ownerId()).isEqualTo("m1");
        assertThat(file.attachedAt()).isEqualTo(NOW);
        var again = catchThrowableOfType(InvalidInputException.class, () -> file.attachTo(ANA, "post", "p1", NOW));
        assertThat(again.field()).isEqualTo("attachments");
        assertThat(file.ownerId()).as("still where it was attached").isEqualTo("m1");
    }

    @Test
    void nobodyAttachesSomeoneElsesUpload() {
        var file = upload();

        var refused = catchThrowableOfType(InvalidInputException.class, () -> file.attachTo(BEN, "message", "m2", NOW));

        assertThat(refused.field()).isEqualTo("attachments");
        assertThat(refused.textKey()).isEqualTo("attachments.notYours");
        assertThat(file.isAttached()).isFalse();
    }

    private static StoredFile upload() {
        var accepted = new AcceptedUpload("notes.txt", FileType.TEXT, "hello".getBytes(StandardCharsets.UTF_8), null);
        return new StoredFile("0f8e7a52-6d0c-4a8e-9a57-3d1f0c2b7e11", ANA, accepted, NOW);
    }
}
