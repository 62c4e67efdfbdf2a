package org.twinninglive.people;

import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
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
        int width = source.getWidth();
        int height = source.getHeight();
        int cropX = 0;
        int cropY = 0;
        if (square) {
            int side = Math.min(width, height);
            cropX = (width - side) / 2;
            cropY = (height - side) / 2;
            width = side;
            height = side;
        }
        double scale = Math.min(1.0, (double) size / Math.max(width, height));
        int targetWidth = Math.max(1, (int) Math.round(width * scale));
        int targetHeight = Math.max(1, (int) Math.round(height * scale));
        var target = new BufferedImage(targetWidth, targetHeight, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, targetWidth, targetHeight);
            g.drawImage(source, 0, 0, targetWidth, targetHeight, cropX, cropY, cropX + width, cropY + height, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    private static byte[] jpeg(BufferedImage image) {
        var writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        var bytes = new ByteArrayOutputStream();
        try (var out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.85f);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
