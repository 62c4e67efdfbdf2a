package org.twinninglive.certificates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class CertificatePdfTest {

    private static final Certificate CERTIFICATE = new Certificate(CertificateKind.PROJECT_PARTICIPATION, "p1",
            "Łukasz Wiśniewski", "project-1", "Rzeki Europy – Ríos de Europa", "Szkoła Kopernik", "PL", "FOUNDER",
            Instant.parse("2027-03-14T10:00:00Z"));

    @Test
    void aCertificateSaysForWhomAndWhatInTheHoldersLanguageWithItsCode() throws IOException {
        byte[] pdf = CertificatePdf.draw(CERTIFICATE, "https://twinning.example/verify/" + CERTIFICATE.code(),
                Locale.forLanguageTag("es"));

        String text = text(pdf);
        assertThat(text).contains("Certificado de participación").contains("Łukasz Wiśniewski")
                .contains("Rzeki Europy – Ríos de Europa").contains("fundador").contains("Szkoła Kopernik")
                .contains("Polonia").contains("14 de marzo de 2027").contains(CERTIFICATE.code())
                .contains("https://twinning.example/verify/" + CERTIFICATE.code());
    }

    @Test
    void theEnglishTextIsTheBaseOfOtherLanguages() throws IOException {
        String text = text(CertificatePdf.draw(CERTIFICATE, "https://x/verify/c", Locale.forLanguageTag("pt")));

        assertThat(text).contains("Certificate of participation").contains("founder");
    }

    @Test
    void codesAre128RandomBitsInBase32() {
        var codes = new HashSet<String>();
        for (int i = 0; i < 10_000; i++) {
            String code = Certificate.newCode();
            assertThat(code).matches("[a-z2-7]{26}");
            codes.add(code);
        }
        assertThat(codes).hasSize(10_000);
    }

    private static String text(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            return new PDFTextStripper().getText(document);
        }
    }
}
