package org.twinninglive.certificates;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.twinninglive.platform.Countries;

/**
 * Draws a certificate as a one-page PDF (A4, landscape) with Apache PDFBox, in the holder's
 * language (bundle {@code Certificates}): what it certifies, when it was issued, its verification
 * code, and a QR code (ZXing) of the address that verifies it. The font is the Liberation Sans
 * that PDFBox carries, embedded, so every European name prints as written.
 */
final class CertificatePdf {

    private static final String BUNDLE = "org.twinninglive.certificates.Certificates";
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float MARGIN = 56;

    private CertificatePdf() {
    }

    static byte[] draw(Certificate certificate, String verifyUrl, Locale locale) {
        var texts = ResourceBundle.getBundle(BUNDLE, locale, CertificatePdf.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String kind = certificate.kind().slug();
        String holder = certificate.holderName();
        String role = texts.getString("certificate.role." + certificate.role());
        String country = certificate.country() == null ? "" : Countries.name(certificate.country(), locale);
        String body = texts.getString("certificate." + kind + ".body");
        // {3} and {4}: a prize certificate's round and category (P5)
        String as = format(texts, "certificate." + kind + ".as", locale, role, certificate.schoolName(), country,
                certificate.prizeRound(), certificate.prizeCategory());
        String issued = format(texts, "certificate.issued", locale, DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale).format(certificate.issuedAt().atZone(ZoneOffset.UTC)));
        try (var document = new PDDocument(); InputStream fontFile = PDDocument.class.getResourceAsStream(FONT)) {
            PDFont font = PDType0Font.load(document, fontFile, true);
            var page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
            document.addPage(page);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(texts.getString("certificate." + kind + ".title") + " – " + certificate.subjectTitle());
            info.setCreator("Twinning Live");
            float width = page.getMediaBox().getWidth();
            float height = page.getMediaBox().getHeight();
            try (var content = new PDPageContentStream(document, page)) {
                content.setLineWidth(3);
                content.setStrokingColor(0.043f, 0.31f, 0.54f);
                content.addRect(24, 24, width - 48, height - 48);
                content.stroke();
                float y = height - MARGIN - 40;
                y = write(content, font, 30, texts.getString("certificate." + kind + ".title"), MARGIN, y, width);
                y -= 24;
                y = write(content, font, 24, holder, MARGIN, y, width);
                y -= 12;
                y = write(content, font, 15, body, MARGIN, y, width - 2 * MARGIN);
                y -= 6;
                y = write(content, font, 20, certificate.subjectTitle(), MARGIN, y, width - 2 * MARGIN);
                y -= 6;
                write(content, font, 15, as, MARGIN, y, width - 2 * MARGIN);
                write(content, font, 12, issued, MARGIN, 150, width - 2 * MARGIN - 160);
                write(content, font, 12, format(texts, "certificate.code", locale, certificate.code()), MARGIN, 120,
                        width - 2 * MARGIN - 160);
                write(content, font, 10, format(texts, "certificate.verify", locale, verifyUrl), MARGIN, 96,
                        width - 2 * MARGIN - 160);
                var qr = LosslessFactory.createFromImage(document, qrCode(verifyUrl));
                content.drawImage(qr, width - MARGIN - 130, 60, 130, 130);
            }
            var out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException cannotDraw) {
            throw new UncheckedIOException(cannotDraw);
        }
    }

    /** Writes a text from (x, y) down, wrapped to the width; returns where the next line goes. */
    private static float write(PDPageContentStream content, PDFont font, float size, String text, float x, float y,
                               float width) throws IOException {
        float leading = size * 1.35f;
        for (String line : lines(font, size, text, width)) {
            content.beginText();
            content.setFont(font, size);
            content.setNonStrokingColor(0.1f, 0.1f, 0.1f);
            content.newLineAtOffset(x, y);
            content.showText(line);
            content.endText();
            y -= leading;
        }
        return y;
    }

    private static List<String> lines(PDFont font, float size, String text, float width) throws IOException {
        var lines = new ArrayList<String>();
        var line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            String tried = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getStringWidth(tried) / 1000 * size > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(tried);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static BufferedImage qrCode(String text) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 260, 260,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 1));
            var image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
            for (int x = 0; x < matrix.getWidth(); x++) {
                for (int y = 0; y < matrix.getHeight(); y++) {
                    image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xffffff);
                }
            }
            return image;
        } catch (WriterException tooLong) {
            throw new IllegalStateException("the verification address does not fit a QR code", tooLong);
        }
    }

    private static String format(ResourceBundle texts, String key, Locale locale, Object... arguments) {
        return new MessageFormat(texts.getString(key), locale).format(arguments);
    }
}
