package dev.comptoir.orders.checkout;

import dev.comptoir.contracts.FieldLimits;
import dev.comptoir.contracts.orders.Customer;
import dev.comptoir.contracts.orders.ThreeDsResult;
import dev.comptoir.orders.catalog.CatalogItem;
import dev.comptoir.orders.catalog.StockLevels;
import dev.comptoir.orders.checkout.AcpModel.CompleteRequest;
import dev.comptoir.orders.checkout.AcpModel.CreateSessionRequest;
import dev.comptoir.orders.checkout.AcpModel.ItemRequest;
import dev.comptoir.orders.checkout.AcpModel.UpdateSessionRequest;
import dev.comptoir.orders.discount.Coupon;
import dev.comptoir.orders.order.Order;
import dev.comptoir.orders.order.OrderStatus;
import dev.comptoir.orders.order.Orders;
import dev.comptoir.orders.pricing.Cart;
import dev.comptoir.orders.pricing.Money;
import dev.comptoir.orders.pricing.PriceCalculator;
import dev.comptoir.orders.pricing.Quote;
import dev.comptoir.orders.pricing.ShippingRates;
import dev.comptoir.orders.saga.PaymentState;
import dev.comptoir.orders.saga.StockState;
import dev.comptoir.platform.errors.ApiError;
import dev.comptoir.platform.errors.ApiException;
import dev.comptoir.platform.errors.FieldChecks;
import dev.comptoir.platform.observability.AfterCommit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Checkout sessions: priced carts that an agent completes with a delegated payment token, placing an order. */
@ApplicationScoped
public class Checkouts {
    private static final Set<String> THREE_DS_OUTCOMES = new TreeSet<>(Set.of("abandoned", "attempt_acknowledged",
            "authenticated", "canceled", "denied", "informational", "internal_error", "not_supported",
            "processing_error", "rejected"));
    /** How often a waiting completion looks for a settlement this replica would not signal (another one settled it). */
    private static final Duration SETTLE_POLL = Duration.ofMillis(250);
    /** Sandbox vault tokens (vt_…) and Stripe shared payment tokens (spt_…): short, no spaces. */
    private static final Pattern PAYMENT_TOKEN = Pattern.compile("[A-Za-z0-9_\\-]{1,255}");

    private final Orders orders;
    private final PriceCalculator calculator;
    private final ShippingRates shipping;
    private final StockLevels stock;
    private final Duration sessionTtl;
    private final String defaultCurrency;
    private final int lowStockThreshold;
    private final ShopLocales locales;
    private final SessionSettlements settlements;
    private final AfterCommit afterCommit;

    public Checkouts(Orders orders, PriceCalculator calculator, ShippingRates shipping, StockLevels stock,
            SessionSettlements settlements, AfterCommit afterCommit,
            @ConfigProperty(name = "comptoir.checkout.session-ttl") Duration sessionTtl,
            @ConfigProperty(name = "comptoir.checkout.default-currency") String defaultCurrency,
            @ConfigProperty(name = "comptoir.checkout.low-stock-threshold") int lowStockThreshold,
            @ConfigProperty(name = "comptoir.shop.locales") List<String> locales) {
        this.orders = orders;
        this.calculator = calculator;
        this.shipping = shipping;
        this.stock = stock;
        this.sessionTtl = sessionTtl;
        this.defaultCurrency = defaultCurrency;
        this.lowStockThreshold = lowStockThreshold;
        this.locales = new ShopLocales(locales);
        this.settlements = settlements;
        this.afterCommit = afterCommit;
    }

    @Transactional
    public CheckoutSession create(String agentId, CreateSessionRequest request, String acceptLanguage) {
        if (request == null || request.lineItems() == null || request.lineItems().isEmpty()) {
            throw ApiException.badRequest("missing", "line_items must list at least one item", "$.line_items");
        }
        FieldChecks.maxLength(request.locale(), FieldLimits.LANGUAGE_PREFERENCE, "$.locale");
        OffsetDateTime now = OffsetDateTime.now();
        CheckoutSession session = new CheckoutSession();
        session.id = "cs_" + UUID.randomUUID().toString().replace("-", "");
        session.agentId = agentId;
        session.createdAt = now;
        session.updatedAt = now;
        session.expiresAt = now.plus(sessionTtl);
        session.currency = currency(request.currency());
        session.locale = locales.resolve(request.locale(), acceptLanguage);
        replaceLines(session, request.lineItems());
        session.discountCodes = discountCodes(request.discounts(), request.coupons()).orElse(List.of());
        applyBuyer(session, request.buyer());
        applyFulfillmentDetails(session, request.fulfillmentDetails());
        reprice(session);
        session.persist();
        return session;
    }

    @Transactional
    public CheckoutSession get(String agentId, String id) {
        CheckoutSession session = find(agentId, id, false);
        if (session.status.isOpen() && session.expiresAt.isBefore(OffsetDateTime.now())) {
            // Expire under the lock, re-read: a complete holding it may just have placed the order.
            CheckoutSession.getEntityManager().refresh(session, LockModeType.PESSIMISTIC_WRITE);
            expireIfDue(session);
        }
        return session;
    }

    /** Changes what the agent sends (items, buyer, address, shipping option) and prices the session again. */
    @Transactional
    public CheckoutSession update(String agentId, String id, UpdateSessionRequest request) {
        CheckoutSession session = find(agentId, id, true);
        expireIfDue(session);
        requireOpen(session, "updated");
        if (request.lineItems() != null) {
            if (request.lineItems().isEmpty()) {
                throw ApiException.badRequest("missing", "line_items must list at least one item", "$.line_items");
            }
            replaceLines(session, request.lineItems());
        }
        discountCodes(request.discounts(), request.coupons()).ifPresent(codes -> session.discountCodes = codes);
        applyBuyer(session, request.buyer());
        applyFulfillmentDetails(session, request.fulfillmentDetails());
        selectFulfillment(session, request.selectedFulfillmentOptions());
        session.paymentError = null;
        reprice(session);
        session.updatedAt = OffsetDateTime.now();
        return session;
    }

    /**
     * Places the order of this completion attempt: the session is then {@code complete_in_progress} until the payment
     * outcome arrives (see {@link #orderProgressed}). A completed or in-progress session is returned unchanged, so a
     * second complete never places a second order.
     */
    @Transactional
    public CheckoutSession complete(String agentId, String id, CompleteRequest request) {
        CheckoutSession session = find(agentId, id, true);
        if (session.status == SessionStatus.COMPLETED || session.status == SessionStatus.COMPLETE_IN_PROGRESS) {
            return session;
        }
        expireIfDue(session);
        requireOpen(session, "completed");
        if (request == null || request.paymentData() == null || request.paymentData().instrument() == null
                || request.paymentData().instrument().credential() == null
                || isBlank(request.paymentData().instrument().credential().token())) {
            throw ApiException.badRequest("missing", "payment_data.instrument.credential.token is required",
                    "$.payment_data.instrument.credential.token");
        }
        if (!PAYMENT_TOKEN.matcher(request.paymentData().instrument().credential().token()).matches()) {
            throw ApiException.badRequest("invalid", "The payment token is not a delegated payment token",
                    "$.payment_data.instrument.credential.token");
        }
        ThreeDsResult authentication = session.status == SessionStatus.AUTHENTICATION_REQUIRED
                ? authentication(request.authenticationResult())
                : null;
        applyBuyer(session, request.buyer());
        reprice(session);
        if (session.status != SessionStatus.READY_FOR_PAYMENT) {
            AcpModel.Message blocker = session.messages.stream().filter(message -> "error".equals(message.type()))
                    .findFirst().orElseThrow();
            throw ApiException.badRequest("session_not_ready",
                    "The checkout session is not ready for payment: " + blocker.content(), blocker.param());
        }
        String name = session.buyerFirstName != null
                ? (session.buyerFirstName + " " + (session.buyerLastName == null ? "" : session.buyerLastName)).trim()
                : session.shipName;
        Order order = orders.place(session, new Customer(name, session.buyerEmail),
                request.paymentData().instrument().credential().token(), authentication);
        session.orderId = order.id;
        session.paymentError = null;
        session.status = SessionStatus.COMPLETE_IN_PROGRESS;
        session.updatedAt = OffsetDateTime.now();
        return session;
    }

    /**
     * Waits, up to {@code wait}, for a completion attempt to be settled by the payment outcome, reading the database:
     * whichever replica receives the outcome, the one answering the agent sees it.
     */
    public CheckoutSession awaitSettled(String agentId, String id, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            // Watched before reading, so that a settlement between the read and the wait still wakes it; watched
            // afresh each time, since a signal once given stays given (and the agent may complete again meanwhile).
            try (SessionSettlements.Signal settlement = settlements.watch(id)) {
                CheckoutSession session = get(agentId, id);
                long left = deadline - System.nanoTime();
                if (session.status != SessionStatus.COMPLETE_IN_PROGRESS || left <= 0) {
                    return session;
                }
                settlement.await(Duration.ofNanos(Math.min(left, SETTLE_POLL.toNanos())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return get(agentId, id);
            }
        }
    }

    /**
     * The placement saga moved this order on: settle the completion attempt it belongs to once the order is
     * confirmed (paid and in stock) or canceled, never on half the outcome.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void orderProgressed(Order order) {
        CheckoutSession session = CheckoutSession.findById(order.checkoutSessionId, LockModeType.PESSIMISTIC_WRITE);
        if (session == null || !order.id.equals(session.orderId)
                || session.status != SessionStatus.COMPLETE_IN_PROGRESS) {
            return;
        }
        if (order.status == OrderStatus.CONFIRMED) {
            session.status = SessionStatus.COMPLETED;
        } else if (order.status == OrderStatus.CANCELED && order.paymentState == PaymentState.FAILED
                && "requires_3ds".equals(order.declineCode)) {
            session.status = SessionStatus.AUTHENTICATION_REQUIRED;
            session.paymentError = "requires_3ds";
        } else if (order.status == OrderStatus.CANCELED && order.paymentState == PaymentState.FAILED) {
            session.status = SessionStatus.READY_FOR_PAYMENT;
            session.paymentError = "payment_declined";
        } else if (order.status == OrderStatus.CANCELED && Order.CANCELED_ON_REQUEST.equals(order.cancelReason)) {
            session.status = SessionStatus.CANCELED;
        } else if (order.status == OrderStatus.CANCELED && order.stockState != StockState.SHORT) {
            // Waited past the placement deadline: the buyer can pay again.
            session.status = SessionStatus.READY_FOR_PAYMENT;
            session.paymentError = "payment_declined";
        } else if (order.status == OrderStatus.CANCELED) {
            session.status = SessionStatus.NOT_READY_FOR_PAYMENT;
            session.paymentError = "out_of_stock";
        } else {
            return;
        }
        session.updatedAt = OffsetDateTime.now();
        afterCommit.run(() -> settlements.settled(session.id));
    }

    @Transactional
    public CheckoutSession cancel(String agentId, String id) {
        CheckoutSession session = find(agentId, id, true);
        expireIfDue(session);
        requireOpen(session, "canceled");
        session.status = SessionStatus.CANCELED;
        session.updatedAt = OffsetDateTime.now();
        return session;
    }

    /** The agent's session; another agent's is as unknown as one that does not exist. */
    private static CheckoutSession find(String agentId, String id, boolean lock) {
        CheckoutSession session = lock ? CheckoutSession.findById(id, LockModeType.PESSIMISTIC_WRITE)
                : CheckoutSession.findById(id);
        if (session == null || !session.agentId.equals(agentId)) {
            throw ApiException.notFound("Checkout session " + id);
        }
        return session;
    }

    private static void expireIfDue(CheckoutSession session) {
        OffsetDateTime now = OffsetDateTime.now();
        if (session.status.isOpen() && session.expiresAt.isBefore(now)) {
            session.status = SessionStatus.EXPIRED;
            session.updatedAt = now;
        }
    }

    private static void requireOpen(CheckoutSession session, String verb) {
        if (!session.status.isOpen()) {
            String status = session.status.acpName();
            throw new ApiException(405, ApiError.invalidRequest("session_" + status,
                    "A " + status.replace('_', ' ') + " checkout session cannot be " + verb + ".", null));
        }
    }

    private String currency(String requested) {
        String currency = requested == null ? defaultCurrency : requested.toLowerCase(Locale.ROOT);
        FieldChecks.maxLength(requested, 3, "$.currency");
        if (!ShippingRates.CURRENCIES.contains(currency)) {
            throw ApiException.badRequest("unsupported_currency", "This shop sells in "
                    + String.join(", ", new TreeSet<>(ShippingRates.CURRENCIES)) + ", not " + requested, "$.currency");
        }
        return currency;
    }

    /**
     * Sets the session's lines from the agent's items, priced in the session currency. ACP 2026-04-17's {@code Item}
     * has no quantity (upstream issues #264, #270): an integer {@code quantity} (at least 1, default 1) is accepted,
     * and repeated ids are one line. Customization values the request leaves out are kept from the previous lines.
     */
    private static void replaceLines(CheckoutSession session, List<ItemRequest> items) {
        if (items.size() > FieldLimits.LINE_ITEMS) {
            throw ApiException.badRequest("invalid", "line_items lists at most " + FieldLimits.LINE_ITEMS + " items",
                    "$.line_items");
        }
        Map<String, PricedLine> previous = new LinkedHashMap<>();
        session.lines.forEach(line -> previous.put(line.sku, line));
        Map<String, PricedLine> lines = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            ItemRequest request = items.get(i);
            CatalogItem item = catalogItem(request, i);
            Long price = item.prices.get(session.currency);
            if (price == null) {
                throw ApiException.badRequest("invalid", "'" + item.title + "' is not sold in "
                        + session.currency.toUpperCase(Locale.ROOT), "$.line_items[" + i + "].id");
            }
            int quantity = quantity(request, i);
            PricedLine line = lines.get(item.sku);
            if (line == null) {
                line = new PricedLine("li_" + (lines.size() + 1), item.sku, item.title, quantity, price, item.digital,
                        item.weightGrams);
                PricedLine before = previous.get(item.sku);
                if (before != null) {
                    line.customizations = before.customizations;
                }
                lines.put(item.sku, line);
            } else if (line.quantity + quantity > FieldLimits.MAX_QUANTITY) {
                throw ApiException.badRequest("invalid_quantity", "quantity of " + item.sku + " must be at most "
                        + FieldLimits.MAX_QUANTITY, "$.line_items[" + i + "].quantity");
            } else {
                line.quantity += quantity;
                line.baseAmount = Math.multiplyExact(line.unitAmount, line.quantity);
            }
            applyCustomizations(line, item, request.customizations(), i);
        }
        session.lines.clear();
        session.lines.addAll(lines.values());
    }

    private static void applyCustomizations(PricedLine line, CatalogItem item, Map<String, String> values, int index) {
        if (values == null) {
            return;
        }
        Set<String> fields = new TreeSet<>();
        item.customizationFields().forEach(field -> fields.add(field.id()));
        values.forEach((field, value) -> {
            if (field.length() > FieldLimits.CUSTOMIZATION_NAME) {
                throw ApiException.badRequest("invalid", "customization names are at most "
                        + FieldLimits.CUSTOMIZATION_NAME + " characters", "$.line_items[" + index + "].customizations");
            }
            String param = "$.line_items[" + index + "].customizations." + field;
            if (!fields.contains(field)) {
                throw ApiException.badRequest("invalid", fields.isEmpty()
                        ? "'" + item.title + "' cannot be personalised"
                        : "'" + item.title + "' is personalised with " + fields + ", not " + field, param);
            }
            FieldChecks.maxLength(value, FieldLimits.CUSTOMIZATION_VALUE, param);
            line.customize(field, value);
        });
    }

    private static CatalogItem catalogItem(ItemRequest request, int index) {
        if (request == null || isBlank(request.id())) {
            throw ApiException.badRequest("missing", "Each line item needs an id", "$.line_items[" + index + "].id");
        }
        FieldChecks.maxLength(request.id(), FieldLimits.SKU, "$.line_items[" + index + "].id");
        CatalogItem item = CatalogItem.findById(request.id());
        if (item == null || !item.active) {
            throw ApiException.badRequest("invalid_item_id", "The item ID '" + request.id() + "' does not exist.",
                    "$.line_items[" + index + "].id");
        }
        return item;
    }

    private static int quantity(ItemRequest request, int index) {
        int quantity = request.quantity() == null ? 1 : request.quantity();
        if (quantity < FieldLimits.MIN_QUANTITY || quantity > FieldLimits.MAX_QUANTITY) {
            throw ApiException.badRequest("invalid_quantity", "quantity must be between " + FieldLimits.MIN_QUANTITY
                    + " and " + FieldLimits.MAX_QUANTITY, "$.line_items[" + index + "].quantity");
        }
        return quantity;
    }

    /** The codes of {@code discounts.codes}, or of the deprecated {@code coupons}; empty when the request has neither. */
    private static Optional<List<String>> discountCodes(AcpModel.DiscountsRequest discounts, List<String> coupons) {
        List<String> codes = discounts != null && discounts.codes() != null ? discounts.codes() : coupons;
        if (codes == null) {
            return Optional.empty();
        }
        String param = discounts != null && discounts.codes() != null ? "$.discounts.codes" : "$.coupons";
        if (codes.size() > FieldLimits.DISCOUNT_CODES) {
            throw ApiException.badRequest("invalid", "At most " + FieldLimits.DISCOUNT_CODES + " discount codes",
                    param);
        }
        for (int i = 0; i < codes.size(); i++) {
            if (codes.get(i) == null || codes.get(i).isBlank() || codes.get(i).length() > FieldLimits.DISCOUNT_CODE) {
                throw ApiException.badRequest("invalid", "A discount code is 1 to " + FieldLimits.DISCOUNT_CODE
                        + " characters", param + "[" + i + "]");
            }
        }
        return Optional.of(List.copyOf(codes));
    }

    /** The shipping option the agent chose; digital goods have a single option, always selected. */
    private static void selectFulfillment(CheckoutSession session, List<AcpModel.SelectedFulfillmentOption> selected) {
        if (selected == null) {
            return;
        }
        for (int i = 0; i < selected.size(); i++) {
            String optionId = selected.get(i) == null ? null : selected.get(i).optionId();
            if (ShippingRates.STANDARD.equals(optionId) || ShippingRates.EXPRESS.equals(optionId)) {
                session.fulfillmentOption = optionId;
            } else if (!ShippingRates.DIGITAL.equals(optionId)) {
                throw ApiException.badRequest("invalid", "Unknown fulfillment option " + optionId,
                        "$.selected_fulfillment_options[" + i + "].option_id");
            }
        }
    }

    private static void applyBuyer(CheckoutSession session, AcpModel.Buyer buyer) {
        if (buyer == null) {
            return;
        }
        FieldChecks.maxLength(buyer.firstName(), FieldLimits.PERSON_NAME, "$.buyer.first_name");
        FieldChecks.maxLength(buyer.lastName(), FieldLimits.PERSON_NAME, "$.buyer.last_name");
        FieldChecks.email(buyer.email(), "$.buyer.email");
        FieldChecks.maxLength(buyer.phoneNumber(), FieldLimits.PHONE, "$.buyer.phone_number");
        session.buyerFirstName = buyer.firstName();
        session.buyerLastName = buyer.lastName();
        session.buyerEmail = buyer.email() != null ? buyer.email() : session.buyerEmail;
        session.buyerPhone = buyer.phoneNumber();
    }

    private static void applyFulfillmentDetails(CheckoutSession session, AcpModel.FulfillmentDetails details) {
        if (details == null) {
            return;
        }
        FieldChecks.maxLength(details.name(), FieldLimits.PERSON_NAME, "$.fulfillment_details.name");
        FieldChecks.maxLength(details.phoneNumber(), FieldLimits.PHONE, "$.fulfillment_details.phone_number");
        FieldChecks.email(details.email(), "$.fulfillment_details.email");
        AcpModel.Address address = details.address();
        if (address != null) {
            String param = "$.fulfillment_details.address.";
            FieldChecks.maxLength(address.name(), FieldLimits.PERSON_NAME, param + "name");
            FieldChecks.maxLength(address.lineOne(), FieldLimits.ADDRESS_LINE, param + "line_one");
            FieldChecks.maxLength(address.lineTwo(), FieldLimits.ADDRESS_LINE, param + "line_two");
            FieldChecks.maxLength(address.city(), FieldLimits.CITY, param + "city");
            FieldChecks.maxLength(address.state(), FieldLimits.REGION, param + "state");
            FieldChecks.maxLength(address.postalCode(), FieldLimits.POSTAL_CODE, param + "postal_code");
        }
        if (session.buyerEmail == null) {
            session.buyerEmail = details.email();
        }
        if (address != null) {
            if (address.country() != null && !address.country().matches("[A-Za-z]{2}")) {
                throw ApiException.badRequest("invalid", "country must be an ISO 3166-1 alpha-2 code",
                        "$.fulfillment_details.address.country");
            }
            session.shipName = address.name() != null ? address.name() : details.name();
            session.shipLineOne = address.lineOne();
            session.shipLineTwo = address.lineTwo();
            session.shipCity = address.city();
            session.shipState = address.state();
            session.shipCountry = address.country() == null ? null : address.country().toUpperCase(Locale.ROOT);
            session.shipPostalCode = address.postalCode();
        }
    }

    /** Prices the session again and reviews what blocks payment: the status follows. */
    private void reprice(CheckoutSession session) {
        Quote quote;
        try {
            quote = calculator.quote(new Cart(session.currency,
                    session.lines.stream().map(PricedLine::cartLine).toList(), session.shipCountry, session.shipState,
                    session.fulfillmentOption, session.discountCodes()), Coupon::find, OffsetDateTime.now());
        } catch (ArithmeticException overflow) {
            throw ApiException.badRequest("maximum_exceeded", "These items cost more than an order may: at most "
                    + Money.display(FieldLimits.MAX_AMOUNT, session.currency) + ". Order fewer.", "$.line_items");
        }
        for (int i = 0; i < session.lines.size(); i++) {
            session.lines.get(i).price(quote.lines().get(i));
        }
        session.quote = quote;
        session.amounts = quote.totals();
        Map<String, CatalogItem> catalog = CatalogItem.bySku(session.lines.stream().map(line -> line.sku).toList());
        session.messages = new ArrayList<>(Readiness.review(session, quote, catalog,
                stock.available(catalog.keySet()), lowStockThreshold, List.copyOf(shipping.destinations())));
        if (session.status == null || session.status.isOpen()) {
            boolean blocked = Readiness.blocksPayment(session.messages) || "out_of_stock".equals(session.paymentError);
            session.status = blocked ? SessionStatus.NOT_READY_FOR_PAYMENT : SessionStatus.READY_FOR_PAYMENT;
        }
    }

    /** The card asked for 3-D Secure: the new attempt must carry the agent's result. */
    private static ThreeDsResult authentication(AcpModel.AuthenticationResult result) {
        if (result == null || result.outcome() == null) {
            throw ApiException.badRequest("requires_3ds", "The card requires 3-D Secure: complete again with the "
                    + "buyer's authentication_result", "$.authentication_result");
        }
        if (!THREE_DS_OUTCOMES.contains(result.outcome())) {
            throw ApiException.badRequest("invalid", "authentication_result.outcome is one of " + THREE_DS_OUTCOMES,
                    "$.authentication_result.outcome");
        }
        AcpModel.OutcomeDetails details = result.outcomeDetails();
        if (details != null) {
            String param = "$.authentication_result.outcome_details.";
            FieldChecks.maxLength(details.threeDsCryptogram(), FieldLimits.THREE_DS_DETAIL,
                    param + "three_ds_cryptogram");
            FieldChecks.maxLength(details.electronicCommerceIndicator(), FieldLimits.THREE_DS_DETAIL,
                    param + "electronic_commerce_indicator");
            FieldChecks.maxLength(details.transactionId(), FieldLimits.THREE_DS_DETAIL, param + "transaction_id");
            FieldChecks.maxLength(details.version(), FieldLimits.THREE_DS_DETAIL, param + "version");
        }
        return details == null ? new ThreeDsResult(result.outcome(), null, null, null, null)
                : new ThreeDsResult(result.outcome(), details.threeDsCryptogram(),
                        details.electronicCommerceIndicator(), details.transactionId(), details.version());
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
