package org.twinninglive.media;

import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.twinninglive.platform.InvalidInputException;

/**
 * Decodes a picture and writes it anew, scaled down to fit, with a thumbnail: what the upload
 * carried besides its pixels (metadata such as the place it was taken, scripts of polyglot
 * files, further frames) is gone. Photos (JPEG, WebP) become JPEG; drawings (PNG, GIF) become
 * PNG and keep their transparency, unless the use wants JPEG only.
 */
public final class ImageRecoding {

    static final int MAX_PIXELS = 40_000_000;

    /** The largest side of the image and of its thumbnail; a square thumbnail is cropped to the centre. */
    record Sizes(int image, int thumbnail, boolean squareThumbnail, boolean jpegOnly) {
    }

    record Recoded(FileType type, byte[] image, byte[] thumbnail) {
    }

    private ImageRecoding() {
    }

    static Recoded recode(byte[] content, FileType source, Sizes sizes) {
        BufferedImage decoded = decode(content, source);
        FileType target = sizes.jpegOnly() || source == FileType.JPEG || source == FileType.WEBP
                ? FileType.JPEG : FileType.PNG;
        boolean alpha = target == FileType.PNG;
        return new Recoded(target, encode(fit(decoded, sizes.image(), false, alpha), target),
                encode(fit(decoded, sizes.thumbnail(), sizes.squareThumbnail(), alpha), target));
    }

    private static BufferedImage decode(byte[] content, FileType source) {
        ImageReader reader = null;
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            reader = switch (source) {
                case WEBP -> new WebPImageReaderSpi().createReaderInstance();
                case JPEG -> ImageIO.getImageReadersByFormatName("jpeg").next();
                case PNG -> ImageIO.getImageReadersByFormatName("png").next();
                case GIF -> ImageIO.getImageReadersByFormatName("gif").next();
                default -> throw new IllegalArgumentException(source + " is no picture");
            };
            reader.setInput(in, true, true);
            long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
            if (pixels > MAX_PIXELS) {
                throw (InvalidInputException) new InvalidInputException(FileType.FIELD,
                        "The picture has more than 40 megapixels.").shownAs("file.tooManyPixels");
            }
            BufferedImage image = reader.read(0);
            if (image == null) {
                throw new IOException("no image");
            }
            return image;
        } catch (InvalidInputException refused) {
            throw refused;
        } catch (IOException | RuntimeException broken) {
            throw (InvalidInputException) new InvalidInputException(FileType.FIELD,
                    "The picture could not be read; it may be damaged.").shownAs("file.damaged");
        } finally {
            if (reader != null) {
                reader.dispose();
            }
        }
    }

    /** Scales down (never up) to fit {@code size}; a square is cropped to the centre first. */
    public static BufferedImage fit(BufferedImage source, int size, boolean square, boolean alpha) {
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
        var target = new BufferedImage(targetWidth, targetHeight,
                alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            if (!alpha) {
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, targetWidth, targetHeight);
            }
            g.drawImage(source, 0, 0, targetWidth, targetHeight, cropX, cropY, cropX + width, cropY + height, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    /** JPEG (quality 0.85) or PNG bytes of a picture, without any of the source's metadata. */
    public static byte[] encode(BufferedImage image, FileType target) {
        var writer = ImageIO.getImageWritersByFormatName(target == FileType.JPEG ? "jpeg" : "png").next();
        var bytes = new ByteArrayOutputStream();
        try (var out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (target == FileType.JPEG) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(0.85f);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
