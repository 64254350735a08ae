package dev.comptoir.payments.commission;

import dev.comptoir.payments.payment.Payment;
import dev.comptoir.payments.payment.Refund;
import io.smallrye.config.ConfigMapping;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The agent platforms' performance fee (ACP: paid only on completed sales): a rate per agent platform
 * ({@code comptoir.payments.commission.rates.<agent id>=2.5}, percent), charged on each capture and given back in
 * proportion on each refund. An agent platform without a rate earns nothing.
 */
@ApplicationScoped
public class Commissions {
    private final Map<String, Integer> basisPointsByAgent;

    @ConfigMapping(prefix = "comptoir.payments.commission")
    public interface Rates {
        Map<String, BigDecimal> rates();
    }

    public Commissions(Rates rates) {
        this.basisPointsByAgent = rates.rates().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                entry -> entry.getValue().movePointRight(2).intValueExact()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void captured(Payment payment) {
        Integer rate = basisPointsByAgent.get(payment.agentId);
        if (rate == null || PlatformFee.count("kind = ?1 and sourceId = ?2", PlatformFee.COMMISSION, payment.id) > 0) {
            return;
        }
        record(payment, PlatformFee.COMMISSION, payment.id, share(payment.capturedAmount, rate, 10_000), rate);
    }

    /** Gives back the commission's share of the refund, never more than the commission left. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refunded(Payment payment, Refund refund) {
        PlatformFee commission = PlatformFee.find("kind = ?1 and sourceId = ?2", PlatformFee.COMMISSION, payment.id)
                .firstResult();
        if (commission == null
                || PlatformFee.count("kind = ?1 and sourceId = ?2", PlatformFee.REVERSAL, refund.id) > 0) {
            return;
        }
        long reversedSoFar = PlatformFee.<PlatformFee>list("kind = ?1 and orderId = ?2", PlatformFee.REVERSAL,
                payment.orderId).stream().mapToLong(fee -> -fee.amount).sum();
        long reversal = Math.min(share(commission.amount, refund.amount, payment.capturedAmount),
                commission.amount - reversedSoFar);
        record(payment, PlatformFee.REVERSAL, refund.id, -reversal, commission.rateBasisPoints);
    }

    /** {@code amount * numerator / denominator}, rounded half up to a minor unit. */
    private static long share(long amount, long numerator, long denominator) {
        return BigDecimal.valueOf(amount).multiply(BigDecimal.valueOf(numerator))
                .divide(BigDecimal.valueOf(denominator), 0, RoundingMode.HALF_UP).longValueExact();
    }

    private static void record(Payment payment, String kind, String sourceId, long amount, int rate) {
        PlatformFee fee = new PlatformFee();
        fee.id = "fee_" + UUID.randomUUID().toString().replace("-", "");
        fee.agentId = payment.agentId;
        fee.orderId = payment.orderId;
        fee.kind = kind;
        fee.sourceId = sourceId;
        fee.amount = amount;
        fee.currency = payment.currency;
        fee.rateBasisPoints = rate;
        fee.createdAt = OffsetDateTime.now();
        fee.persist();
    }
}
