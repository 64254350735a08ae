package dev.comptoir.payments.stripe;

import com.stripe.StripeClient;
import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.ApiException;
import com.stripe.exception.AuthenticationException;
import com.stripe.exception.CardException;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.RateLimitException;
import com.stripe.exception.StripeException;
import com.stripe.model.PaymentIntent;
import com.stripe.model.Refund;
import com.stripe.model.StripeError;
import com.stripe.net.RequestOptions;
import com.stripe.param.PaymentIntentCaptureParams;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.RefundCreateParams;
import dev.comptoir.contracts.orders.ThreeDsResult;
import dev.comptoir.payments.payment.PaymentGateway;
import dev.comptoir.payments.payment.ProviderUnavailableException;
import io.quarkus.arc.lookup.LookupIfProperty;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Stripe as the provider: an authorization is a PaymentIntent created and confirmed with the agent's Shared Payment
 * Token, captured or canceled later; refunds are Stripe refunds of it. Every request carries the business
 * idempotency key, which stripe-java also sends on its own retries, so Stripe applies each operation once.
 */
@Singleton
@LookupIfProperty(name = "comptoir.payments.provider", stringValue = "stripe")
public class StripeGateway implements PaymentGateway {
    private static final Logger LOG = Logger.getLogger(StripeGateway.class);
    private static final String THREE_D_SECURE = "payment_method_options[card][three_d_secure]";

    private final StripeClient stripe;
    private final String tokenParam;

    @Inject
    StripeGateway(@ConfigProperty(name = "comptoir.payments.stripe.api-key") Optional<String> apiKey,
            @ConfigProperty(name = "comptoir.payments.stripe.api-base") String apiBase,
            @ConfigProperty(name = "comptoir.payments.stripe.max-network-retries") int maxNetworkRetries,
            @ConfigProperty(name = "comptoir.payments.stripe.token-param") String tokenParam) {
        this(new StripeSettings(apiKey.orElseThrow(() -> new IllegalStateException(
                "comptoir.payments.provider is stripe but comptoir.payments.stripe.api-key is not set")),
                apiBase, maxNetworkRetries, tokenParam));
    }

    public StripeGateway(StripeSettings settings) {
        this.stripe = StripeClient.builder()
                .setApiKey(settings.apiKey())
                .setApiBase(settings.apiBase())
                .setMaxNetworkRetries(settings.maxNetworkRetries())
                .build();
        this.tokenParam = settings.tokenParam();
    }

    /** Stripe misconfigured stops the start, rather than failing every payment once orders come in. */
    static void createWhenSelected(@Observes StartupEvent started,
            @ConfigProperty(name = "comptoir.payments.provider") String provider, Instance<StripeGateway> gateway) {
        if ("stripe".equals(provider)) {
            gateway.get();
        }
    }

    @Override
    public Authorization authorize(AuthorizationRequest request) {
        PaymentIntentCreateParams.Builder params = PaymentIntentCreateParams.builder()
                .setAmount(request.amount())
                .setCurrency(request.currency().toLowerCase(Locale.ROOT))
                .setConfirm(true)
                // A card-only intent needs no return_url: the buyer is never redirected, the agent authenticates.
                .addPaymentMethodType("card")
                .setCaptureMethod(request.captureNow()
                        ? PaymentIntentCreateParams.CaptureMethod.AUTOMATIC
                        : PaymentIntentCreateParams.CaptureMethod.MANUAL)
                .putMetadata("order_id", request.orderId())
                .putAllExtraParam(tokenAndAuthentication(request).asMap());
        if (request.checkoutSessionId() != null) {
            params.putMetadata("checkout_session_id", request.checkoutSessionId());
        }
        PaymentIntent intent;
        try {
            intent = stripe.v1().paymentIntents().create(params.build(), idempotent(request.idempotencyKey()));
        } catch (CardException e) {
            String code = firstPresent(e.getDeclineCode(), e.getCode(), "card_declined");
            return Authorization.decline(code, buyerMessage(code));
        } catch (InvalidRequestException e) {
            // Most often a token that is unknown, spent, expired or over its allowance; a wrong token-param too.
            LOG.warnf("Stripe refused to authorize order %s: code %s, param %s, request %s", request.orderId(),
                    e.getCode(), e.getParam(), e.getRequestId());
            return Authorization.decline("invalid_payment_token", "The payment token was refused.");
        } catch (StripeException e) {
            throw failure("authorize order " + request.orderId(), e);
        }
        return switch (intent.getStatus()) {
            case "requires_capture", "succeeded" -> Authorization.approve(intent.getId());
            case "requires_action" -> Authorization.decline("requires_3ds",
                    "The card requires 3D Secure authentication.");
            default -> {
                StripeError error = intent.getLastPaymentError();
                String code = error == null ? "card_declined"
                        : firstPresent(error.getDeclineCode(), error.getCode(), "card_declined");
                yield Authorization.decline(code, buyerMessage(code));
            }
        };
    }

    @Override
    public void capture(CaptureRequest request) {
        PaymentIntentCaptureParams params = PaymentIntentCaptureParams.builder()
                .setAmountToCapture(request.amount())
                .build();
        try {
            stripe.v1().paymentIntents().capture(request.providerPaymentId(), params,
                    idempotent(request.idempotencyKey()));
        } catch (StripeException e) {
            throw failure("capture " + request.providerPaymentId(), e);
        }
    }

    @Override
    public void cancel(CancelRequest request) {
        try {
            stripe.v1().paymentIntents().cancel(request.providerPaymentId(), idempotent(request.idempotencyKey()));
        } catch (StripeException e) {
            throw failure("cancel " + request.providerPaymentId(), e);
        }
    }

    @Override
    public RefundResult refund(RefundRequest request) {
        RefundCreateParams.Builder params = RefundCreateParams.builder()
                .setPaymentIntent(request.providerPaymentId())
                .setAmount(request.amount())
                .setReason(RefundCreateParams.Reason.REQUESTED_BY_CUSTOMER)
                .putMetadata("refund_id", request.refundId());
        if (request.reason() != null) {
            params.putMetadata("reason", request.reason());
        }
        Refund refund;
        try {
            refund = stripe.v1().refunds().create(params.build(), idempotent(request.idempotencyKey()));
        } catch (InvalidRequestException | CardException e) {
            // Already refunded, more than is left, a payment that cannot be refunded: no retry will change it.
            return new RefundResult(null, RefundStatus.FAILED, firstPresent(e.getCode(), "refund_refused"));
        } catch (StripeException e) {
            throw failure("refund " + request.providerPaymentId(), e);
        }
        return switch (refund.getStatus()) {
            case "succeeded" -> new RefundResult(refund.getId(), RefundStatus.SUCCEEDED, null);
            case "failed", "canceled" -> new RefundResult(refund.getId(), RefundStatus.FAILED,
                    firstPresent(refund.getFailureReason(), refund.getStatus()));
            // pending, requires_action: Stripe settles it later and says so in a webhook.
            default -> new RefundResult(refund.getId(), RefundStatus.PENDING, null);
        };
    }

    private NestedParams tokenAndAuthentication(AuthorizationRequest request) {
        NestedParams params = new NestedParams().put(tokenParam, request.token());
        ThreeDsResult authentication = request.authentication();
        // Only an authenticated result carries a cryptogram; without one Stripe asks for 3-D Secure again.
        if (authentication != null && authentication.authenticated()) {
            params.put(THREE_D_SECURE + "[cryptogram]", authentication.cryptogram())
                    .put(THREE_D_SECURE + "[electronic_commerce_indicator]",
                            authentication.electronicCommerceIndicator())
                    .put(THREE_D_SECURE + "[transaction_id]", authentication.transactionId())
                    .put(THREE_D_SECURE + "[version]", authentication.version());
        }
        return params;
    }

    private static RequestOptions idempotent(String idempotencyKey) {
        return RequestOptions.builder().setIdempotencyKey(idempotencyKey).build();
    }

    /** The buyer reads it through the agent: our wording, the sandbox's, whatever Stripe's message says. */
    private static String buyerMessage(String declineCode) {
        return switch (declineCode) {
            case "insufficient_funds" -> "The card has insufficient funds.";
            case "expired_card" -> "The card has expired.";
            default -> "The card was declined.";
        };
    }

    /**
     * Stripe down, overloaded or unreachable after the client's retries, or refusing the API key (an operator fixes
     * it, the payments wait), is an outage; anything else is a request Stripe will not accept again.
     */
    private static RuntimeException failure(String operation, StripeException e) {
        String details = " (HTTP " + e.getStatusCode() + ", code " + e.getCode() + ", request " + e.getRequestId()
                + ", " + e.getClass().getSimpleName() + ")";
        if (e instanceof ApiConnectionException || e instanceof ApiException || e instanceof RateLimitException
                || e instanceof AuthenticationException) {
            return new ProviderUnavailableException("Stripe is unavailable to " + operation + details, e);
        }
        return new IllegalStateException("Stripe refused to " + operation + details, e);
    }

    private static String firstPresent(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate;
            }
        }
        return null;
    }
}
