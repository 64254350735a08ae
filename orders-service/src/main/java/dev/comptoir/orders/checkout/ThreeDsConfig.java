package dev.comptoir.orders.checkout;

import io.smallrye.config.ConfigMapping;

/** This merchant's acquirer, as an agent needs it to run 3-D Secure ({@code authentication_metadata}). */
@ConfigMapping(prefix = "comptoir.checkout.three-ds")
public interface ThreeDsConfig {
    String acquirerBin();

    String acquirerCountry();

    String acquirerMerchantId();

    String merchantName();

    /** visa, mastercard or american_express. */
    String directoryServer();
}
