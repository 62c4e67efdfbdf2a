package org.twinninglive.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The unsubscribe link of every mail (N4): it works without signing in, so it carries the
 * person and the kind, signed with a key only the servers know (HMAC-SHA256 over both): a link
 * cannot be made for someone else, nor turned to another kind. No row per person is needed,
 * so a first mail to someone writes nothing that two transactions could both try to insert.
 * The key is {@code TWINNING_MAIL_SECRET}, or else derived from the web client's secret, which
 * every node of a deployment shares; changing it turns old links into "no longer valid".
 */
@ApplicationScoped
public class UnsubscribeLinks {

    /** A signed link's content: whose, and which kind (a kind key, or {@code digest}). */
    public record Signed(String profileId, String kind) {
    }

    @Inject
    @ConfigProperty(name = "twinning.mail-secret")
    Optional<String> mailSecret;

    @Inject
    @ConfigProperty(name = "twinning.web-secret", defaultValue = "twinning-web-secret")
    String webSecret;

    @Inject
    @ConfigProperty(name = "public.url", defaultValue = "http://localhost:8080")
    String publicUrl;

    /** The page a mail's footer links to. */
    public String page(String profileId, String kind) {
        return base() + "/mail/unsubscribe?t=" + token(profileId, kind) + "&k=" + encode(kind);
    }

    /** The one-click address of the List-Unsubscribe header (RFC 8058): a POST, no sign-in. */
    public String oneClick(String profileId, String kind) {
        return base() + "/api/v1/mail/unsubscribe?t=" + token(profileId, kind) + "&k=" + encode(kind);
    }

    /** The person and kind of a link, when its signature holds. */
    public Optional<Signed> verify(String token, String kind) {
        if (token == null || kind == null || token.length() > 120 || kind.length() > 40) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String profileId = token.substring(0, dot);
        byte[] expected = token(profileId, kind).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, token.getBytes(StandardCharsets.US_ASCII))
                ? Optional.of(new Signed(profileId, kind)) : Optional.empty();
    }

    String token(String profileId, String kind) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            byte[] signature = mac.doFinal((profileId + "\n" + kind).getBytes(StandardCharsets.UTF_8));
            return profileId + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("HmacSHA256 is part of every Java platform", unavailable);
        }
    }

    private byte[] key() throws GeneralSecurityException {
        String secret = mailSecret.filter(s -> !s.isBlank()).orElse("twinning-mail-links\n" + webSecret);
        return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
    }

    String base() {
        return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
