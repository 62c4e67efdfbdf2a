package org.twinninglive.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.twinninglive.platform.InvalidInputException;

class PhotoProcessingTest {

    @Test
    void aLargePngBecomesA512PixelJpegAndA96PixelSquareThumbnail() throws IOException {
        var processed = PhotoProcessing.process(encode(new BufferedImage(1600, 1200, BufferedImage.TYPE_INT_ARGB), "png"));

        var image = ImageIO.read(new ByteArrayInputStream(processed.image()));
        var thumbnail = ImageIO.read(new ByteArrayInputStream(processed.thumbnail()));
        assertThat(processed.image()).startsWith(0xFF, 0xD8, 0xFF);
        assertThat(image.getWidth()).isEqualTo(512);
        assertThat(image.getHeight()).isEqualTo(384);
        assertThat(thumbnail.getWidth()).isEqualTo(96);
        assertThat(thumbnail.getHeight()).isEqualTo(96);
    }

    @Test
    void aSmallJpegIsNotEnlarged() throws IOException {
        var processed = PhotoProcessing.process(encode(new BufferedImage(200, 300, BufferedImage.TYPE_INT_RGB), "jpeg"));

        var image = ImageIO.read(new ByteArrayInputStream(processed.image()));
        assertThat(image.getWidth()).isEqualTo(200);
        assertThat(image.getHeight()).isEqualTo(300);
    }

    @Test
    void aFileThatIsNotAnImageIsRefusedWhateverItsName() {
        assertThatThrownBy(() -> PhotoProcessing.process("<script>alert(1)</script>".getBytes()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not a JPEG, PNG or WebP");
    }

    @Test
    void aGifIsRefused() throws IOException {
        var gif = encode(new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB), "gif");

        assertThatThrownBy(() -> PhotoProcessing.process(gif)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aTruncatedPngIsRefusedAsDamaged() throws IOException {
        var png = encode(new BufferedImage(400, 400, BufferedImage.TYPE_INT_RGB), "png");

        assertThatThrownBy(() -> PhotoProcessing.process(Arrays.copyOf(png, 60)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("could not be read");
    }

    @Test
    void moreThanFiveMegabytesIsRefusedBeforeDecoding() {
        var big = new byte[PhotoProcessing.MAX_BYTES + 1];
        big[0] = (byte) 0xFF;
        big[1] = (byte) 0xD8;
        big[2] = (byte) 0xFF;

        assertThatThrownBy(() -> PhotoProcessing.process(big)).hasMessageContaining("larger than 5 MB");
    }

    @Test
    void anEmptyUploadAsksForAPhoto() {
        assertThatThrownBy(() -> PhotoProcessing.process(new byte[0])).hasMessageContaining("Choose a photo");
    }

    @Test
    void webpIsRecognisedByItsHeader() {
        byte[] header = "RIFF\0\0\0\0WEBPVP8 ".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

        assertThat(PhotoProcessing.sniff(header)).isEqualTo(PhotoProcessing.Format.WEBP);
    }

    private static byte[] encode(BufferedImage image, String format) throws IOException {
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }
}
