package dev.comptoir.fulfillment.shipment;

import dev.comptoir.platform.text.Sha256;
import jakarta.enterprise.context.ApplicationScoped;
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

    /** The first eight bytes of the value's SHA-256, as a number. */
    private static long digest(String value) {
        return Long.parseUnsignedLong(Sha256.hex(value).substring(0, 16), 16);
    }
}
