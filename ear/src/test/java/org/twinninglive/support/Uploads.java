package org.twinninglive.support;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;

/** Uploads as a client sends them (multipart/form-data), and real pictures to send. */
public final class Uploads {

    private static final int MEGABYTE = 1024 * 1024;

    private Uploads() {
    }

    /** One part of a multipart body: a field (no file name) or a file. */
    public record Part(String name, String fileName, String contentType, byte[] content) {

        public static Part field(String name, String value) {
            return new Part(name, null, null, value.getBytes(StandardCharsets.UTF_8));
        }

        public static Part file(String fileName, String contentType, byte[] content) {
            return new Part("file", fileName, contentType, content);
        }
    }

    /** POSTs these parts as multipart/form-data (bodies over 10 MB with Expect: 100-continue, as curl does). */
    public static RawHttp.Response post(String url, String token, List<Part> parts) {
        String boundary = "----twinning-" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        for (Part part : parts) {
            var head = new StringBuilder("--").append(boundary).append("\r\n")
                    .append("Content-Disposition: form-data; name=\"").append(part.name()).append('"');
            if (part.fileName() != null) {
                head.append("; filename=\"").append(part.fileName()).append('"');
            }
            head.append("\r\n");
            if (part.contentType() != null) {
                head.append("Content-Type: ").append(part.contentType()).append("\r\n");
            }
            head.append("\r\n");
            body.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
            body.writeBytes(part.content());
            body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        byte[] bytes = body.toByteArray();
        String type = "multipart/form-data; boundary=" + boundary;
        return bytes.length > 10 * MEGABYTE
                ? RawHttp.sendExpectingContinue("POST", url, token, type, bytes)
                : RawHttp.send("POST", url, token, type, bytes);
    }

    /**
     * POSTs one file of {@code size} bytes (these first bytes, then zeros) with the field use, as
     * multipart/form-data streamed from a generator: a large file without a large array.
     */
    public static RawHttp.Response postLarge(String url, String token, String use, String fileName, String contentType,
                                             byte[] start, long size) {
        String boundary = "----twinning-" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"use\"\r\n\r\n" + use + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        long length = head.length + size + tail.length;
        return RawHttp.sendStreamed("POST", url, token, "multipart/form-data; boundary=" + boundary, length,
                () -> new java.io.SequenceInputStream(java.util.Collections.enumeration(List.of(
                        new java.io.ByteArrayInputStream(head), new java.io.ByteArrayInputStream(start),
                        new Zeros(size - start.length), new java.io.ByteArrayInputStream(tail)))));
    }

    /** So many zero bytes, made as they are read. */
    private static final class Zeros extends java.io.InputStream {

        private long left;

        Zeros(long count) {
            this.left = count;
        }

        @Override
        public int read() {
            if (left <= 0) {
                return -1;
            }
            left--;
            return 0;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(length, left);
            java.util.Arrays.fill(buffer, offset, offset + n, (byte) 0);
            left -= n;
            return n;
        }
    }

    /** A real picture as PNG: an orange field with a blue disc. */
    public static byte[] png(int width, int height) {
        return image(width, height, "png");
    }

    /** A real picture in this ImageIO format ("png", "jpg"): an orange field with a blue disc. */
    public static byte[] image(int width, int height, String format) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        try {
            graphics.setColor(Color.ORANGE);
            graphics.fillRect(0, 0, width, height);
            graphics.setColor(Color.BLUE);
            graphics.fillOval(width / 4, height / 4, width / 2, height / 2);
        } finally {
            graphics.dispose();
        }
        var bytes = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, bytes)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return bytes.toByteArray();
    }
}
