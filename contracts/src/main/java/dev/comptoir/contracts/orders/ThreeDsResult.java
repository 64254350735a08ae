package dev.comptoir.contracts.orders;

import java.util.Set;

/**
 * The result of the 3-D Secure authentication the agent ran with the buyer (ACP {@code authentication_result}), sent
 * with a checkout completed again after the card asked for it. The cryptogram is a one-time value.
 */
public record ThreeDsResult(String outcome, String cryptogram, String electronicCommerceIndicator,
        String transactionId, String version) {
    private static final Set<String> AUTHENTICATED = Set.of("authenticated", "attempt_acknowledged");

    /** Whether the issuer authenticated the buyer (or acknowledged the attempt): the card may then be charged. */
    public boolean authenticated() {
        return AUTHENTICATED.contains(outcome);
    }

    @Override
    public String toString() {
        return "ThreeDsResult[outcome=" + outcome + ", cryptogram=***]";
    }
}
