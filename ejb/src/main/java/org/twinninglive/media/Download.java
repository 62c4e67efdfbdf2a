package org.twinninglive.media;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A file being read, for a door to send: the caller closes {@code content}.
 *
 * @param name    the name it is kept under
 * @param type    the Content-Type to send (a text with its charset)
 * @param size    the number of bytes of {@code content}
 * @param content the bytes
 */
public record Download(String name, String type, long size, InputStream content) {

    private static final String ATTRIBUTE_CHARACTERS = "!#$&+-.^_`|~";

    /**
     * The Content-Disposition both doors send: pictures inline (a page shows them), everything
     * else as a download; the name in UTF-8 (RFC 8187), with an ASCII fallback for old clients.
     */
    public String disposition() {
        String kind = type.startsWith("image/") ? "inline" : "attachment";
        return kind + "; filename=\"" + asciiFallback() + "\"; filename*=UTF-8''" + encoded();
    }

    private String asciiFallback() {
        var fallback = new StringBuilder(name.length());
        name.codePoints().forEach(c -> fallback.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '%'
                ? (char) c : '_'));
        return fallback.toString();
    }

    private String encoded() {
        var encoded = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || ATTRIBUTE_CHARACTERS.indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return encoded.toString();
    }
}
