package org.twinninglive.people;

import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.twinninglive.media.FileType;
import org.twinninglive.media.ImageRecoding;
import org.twinninglive.platform.InvalidInputException;

/**
 * Checks an uploaded photo by its content, not its name or declared type, and re-encodes it:
 * JPEG, PNG or WebP of at most 5 MB and 40 megapixels in; a JPEG of at most 512 px and a
 * 96 px square thumbnail out. Re-encoding drops whatever else the file carried (metadata,
 * scripts in polyglot files).
 */
public final class PhotoProcessing {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int MAX_PIXELS = 40_000_000;
    static final int IMAGE_SIZE = 512;
    static final int THUMBNAIL_SIZE = 96;

    /** The re-encoded photo and its thumbnail, both JPEG. */
    public record Processed(byte[] image, byte[] thumbnail) {
    }

    enum Format {
        JPEG, PNG, WEBP
    }

    private PhotoProcessing() {
    }

    public static Processed process(byte[] upload) {
        if (upload == null || upload.length == 0) {
            throw new InvalidInputException("photo", "Choose a photo to upload.").shownAs("photo.missing");
        }
        if (upload.length > MAX_BYTES) {
            throw new InvalidInputException("photo", "The photo is larger than 5 MB.").shownAs("photo.tooBig");
        }
        Format format = sniff(upload);
        BufferedImage decoded = decode(upload, format);
        return new Processed(jpeg(fit(decoded, IMAGE_SIZE, false)), jpeg(fit(decoded, THUMBNAIL_SIZE, true)));
    }

    /** The format by its magic bytes; anything else is refused. */
    static Format sniff(byte[] bytes) {
        if (bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
            return Format.JPEG;
        }
        if (bytes.length > 8 && Arrays.equals(Arrays.copyOf(bytes, 8),
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return Format.PNG;
        }
        if (bytes.length > 12 && bytes[0] == 'R' && bytes[1] == 'I' && bytes[2] == 'F' && bytes[3] == 'F'
                && bytes[8] == 'W' && bytes[9] == 'E' && bytes[10] == 'B' && bytes[11] == 'P') {
            return Format.WEBP;
        }
        throw new InvalidInputException("photo", "The file is not a JPEG, PNG or WebP image.")
                .shownAs("photo.notImage");
    }

    private static BufferedImage decode(byte[] bytes, Format format) {
        ImageReader reader = null;
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            reader = switch (format) {
                case WEBP -> new WebPImageReaderSpi().createReaderInstance();
                case JPEG -> ImageIO.getImageReadersByFormatName("jpeg").next();
                case PNG -> ImageIO.getImageReadersByFormatName("png").next();
            };
            reader.setInput(in, true, true);
            long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
            if (pixels > MAX_PIXELS) {
                throw new InvalidInputException("photo", "The photo has more than 40 megapixels.")
                        .shownAs("photo.tooManyPixels");
            }
            BufferedImage image = reader.read(0);
            if (image == null) {
                throw new IOException("no image");
            }
            return image;
        } catch (InvalidInputException refused) {
            throw refused;
        } catch (IOException | RuntimeException broken) {
            throw new InvalidInputException("photo", "The image could not be read; it may be damaged.")
                    .shownAs("photo.damaged");
        } finally {
            if (reader != null) {
                reader.dispose();
            }
        }
    }

    /** Scales down (never up) to fit {@code size}; a square thumbnail is cropped to the centre. */
    static BufferedImage fit(BufferedImage source, int size, boolean square) {
        return ImageRecoding.fit(source, size, square, false);
    }

    private static byte[] jpeg(BufferedImage image) {
        return ImageRecoding.encode(image, FileType.JPEG);
    }
}
