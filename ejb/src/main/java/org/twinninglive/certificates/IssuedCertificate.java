package org.twinninglive.certificates;

/** A certificate as a PDF to download, with its verification code. */
public record IssuedCertificate(String code, String fileName, byte[] pdf) {
}
