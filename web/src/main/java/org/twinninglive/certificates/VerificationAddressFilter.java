package org.twinninglive.certificates;

import jakarta.servlet.annotation.WebFilter;
import org.twinninglive.platform.AddressFilter;

/** Gives the verification of a certificate its address {@code /verify/{code}} (P6), the one its QR code holds. */
@WebFilter("/verify/*")
public class VerificationAddressFilter extends AddressFilter {

    public VerificationAddressFilter() {
        super("/verify/([A-Za-z0-9]{1,64})", "/verify?code=");
    }
}
