package dev.comptoir.fulfillment.shipment;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A carrier that exists only here: tracking numbers are {@code SIM} and twelve digits derived from the shipment id,
 * followed at {@code comptoir.fulfillment.carrier.base-url}/{number}.
 */
@ApplicationScoped
public class SimulatedCarrier implements Carrier {
    static final String NAME = "simulated";
    private static final long TWELVE_DIGITS = 1_000_000_000_000L;

    private final String baseUrl;

    public SimulatedCarrier(@ConfigProperty(name = "comptoir.fulfillment.carrier.base-url") String baseUrl) {
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    @Override
    public Tracking dispatch(String shipmentId) {
        String trackingNumber = "SIM" + String.format("%012d", Math.floorMod(digest(shipmentId), TWELVE_DIGITS));
        return new Tracking(NAME, trackingNumber, trackingUrl(NAME, trackingNumber));
    }

    @Override
    public String trackingUrl(String carrier, String trackingNumber) {
        return NAME.equals(carrier) ? baseUrl + "/" + trackingNumber : null;
    }

    @Override
    public String returnLabelUrl(String rmaNumber) {
        return baseUrl + "/labels/" + rmaNumber;
    }

    private static long digest(String value) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            long number = 0;
            for (int i = 0; i < Long.BYTES; i++) {
                number = number << 8 | (hash[i] & 0xff);
            }
            return number;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
