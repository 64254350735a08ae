package dev.comptoir.notifications.webhook;

import dev.comptoir.platform.errors.ApiError;
import dev.comptoir.platform.errors.ApiException;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The persistent delivery queue. Deliveries are queued in the transaction that applies the event (the inbox's), so
 * an event is queued once and never lost; a worker claims due ones ({@code FOR UPDATE SKIP LOCKED}: replicas share
 * the work), each for a lease after which a row whose worker died is due again; attempts are recorded in their own
 * transaction after the HTTP call, which runs outside any.
 */
@ApplicationScoped
public class Deliveries {
    private static final Logger LOG = Logger.getLogger(Deliveries.class);

    /**
     * Due rows, oldest first. An ACP order webhook waits while an older revision of the same order for the same
     * target is still pending (possibly in flight), so the receiver never gets revision n after n+1. A merchant
     * subscription's deliveries wait while it is disabled.
     */
    private static final String DUE = """
            select d.id from webhook_delivery d
            where d.status = 'PENDING' and d.next_attempt_at <= :now
              and (d.claimed_until is null or d.claimed_until < :now)
              and (d.target_kind <> 'MERCHANT' or exists (
                    select 1 from webhook_subscription s where s.id = d.target and s.enabled = true))
              and not exists (
                    select 1 from webhook_delivery older
                    where older.target_kind = d.target_kind and older.target = d.target
                      and older.order_id = d.order_id and older.order_revision < d.order_revision
                      and older.status = 'PENDING')
            order by d.next_attempt_at
            limit :limit
            for update skip locked""";

    private final EntityManager entityManager;
    private final RetrySchedule schedule;
    private final Duration lease;
    private final Map<TargetKind, DeliveryTarget> targets = new EnumMap<>(TargetKind.class);
    private final MeterRegistry metrics;

    public Deliveries(EntityManager entityManager, Instance<DeliveryTarget> targets, MeterRegistry metrics,
            @ConfigProperty(name = "comptoir.webhooks.retry-schedule") List<Duration> schedule,
            @ConfigProperty(name = "comptoir.webhooks.retry-jitter") double jitter,
            @ConfigProperty(name = "comptoir.webhooks.claim-lease") Duration lease) {
        this.entityManager = entityManager;
        this.schedule = new RetrySchedule(schedule, jitter);
        this.lease = lease;
        this.metrics = metrics;
        targets.forEach(target -> this.targets.put(target.kind(), target));
    }

    /** Queues one event for one target; its first attempt is due at once (or after the schedule's first step). */
    @Transactional(Transactional.TxType.MANDATORY)
    public WebhookDelivery enqueue(TargetKind kind, String target, String eventId, String eventType, String orderId,
            Long orderRevision, String body) {
        WebhookDelivery delivery = new WebhookDelivery();
        delivery.id = "whd_" + UUID.randomUUID().toString().replace("-", "");
        delivery.targetKind = kind;
        delivery.target = target;
        delivery.eventId = eventId;
        delivery.eventType = eventType;
        delivery.orderId = orderId;
        delivery.orderRevision = orderRevision;
        delivery.body = body;
        delivery.status = DeliveryStatus.PENDING;
        delivery.createdAt = now();
        delivery.nextAttemptAt = delivery.createdAt.plus(schedule.first());
        delivery.persist();
        return delivery;
    }

    /**
     * Marks the pending, not in-flight deliveries of older revisions of the order to this target superseded: the newer
     * one carries the whole order. One in flight is left to finish; the newer one waits for it. The first revision
     * (the order's creation) is never superseded: the receiver must hear that the order was created.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void supersedeOlder(TargetKind kind, String target, String orderId, long revision) {
        entityManager.createNativeQuery("""
                update webhook_delivery set status = 'SUPERSEDED', next_attempt_at = null
                where target_kind = :kind and target = :target and order_id = :orderId
                  and order_revision < :revision and order_revision > 1 and status = 'PENDING'
                  and (claimed_until is null or claimed_until < :now)""")
                .setParameter("kind", kind.name())
                .setParameter("target", target)
                .setParameter("orderId", orderId)
                .setParameter("revision", revision)
                .setParameter("now", now())
                .executeUpdate();
    }

    /** A delivery claimed for one attempt, with its request prepared (or the reason it cannot be sent). */
    public record Claimed(String deliveryId, TargetKind kind, DeliveryTarget.Prepared prepared) {
    }

    /** Claims up to {@code limit} due deliveries for one attempt each, in a transaction of its own. */
    public List<Claimed> claimDue(int limit) {
        return QuarkusTransaction.requiringNew().call(() -> {
            OffsetDateTime now = now();
            @SuppressWarnings("unchecked")
            List<String> ids = entityManager.createNativeQuery(DUE)
                    .setParameter("now", now)
                    .setParameter("limit", limit)
                    .getResultList();
            return ids.stream().map(id -> {
                WebhookDelivery delivery = WebhookDelivery.findById(id);
                delivery.claimedUntil = now.plus(lease);
                return new Claimed(id, delivery.targetKind,
                        targets.get(delivery.targetKind).prepare(delivery, now.toInstant()));
            }).toList();
        });
    }

    /** Logs the attempt and decides what comes next: done, retried later, superseded or failed for good. */
    public void record(String deliveryId, AttemptResult result) {
        QuarkusTransaction.requiringNew().run(() -> {
            WebhookDelivery delivery = WebhookDelivery.findById(deliveryId);
            if (delivery == null) {
                return; // its subscription was deleted meanwhile
            }
            log(delivery, result);
            delivery.attemptCount++;
            delivery.claimedUntil = null;
            DeliveryTarget target = targets.get(delivery.targetKind);
            metrics.counter("comptoir.webhooks.attempts", "kind", delivery.targetKind.name().toLowerCase(),
                    "outcome", result.outcome()).increment();
            if (result.succeeded()) {
                delivery.status = DeliveryStatus.SUCCEEDED;
                delivery.deliveredAt = result.attemptedAt().atOffset(ZoneOffset.UTC);
                delivery.nextAttemptAt = null;
                target.succeeded(delivery, result);
                return;
            }
            Optional<Duration> wait = result.gone() ? Optional.empty()
                    : schedule.next(delivery.attemptCount, result.retryAfter(), ThreadLocalRandom.current());
            if (delivery.hasNewerRevision()) {
                delivery.status = DeliveryStatus.SUPERSEDED;
                delivery.nextAttemptAt = null;
            } else if (wait.isPresent()) {
                delivery.nextAttemptAt = now().plus(wait.get());
            } else {
                delivery.status = DeliveryStatus.FAILED;
                delivery.nextAttemptAt = null;
                LOG.warnf("Webhook delivery %s (%s to %s %s) failed for good after %d attempts: %s", delivery.id,
                        delivery.eventType, delivery.targetKind, delivery.target, delivery.attemptCount,
                        describe(result));
            }
            target.failed(delivery, result);
        });
    }

    /** Sends again now, whatever the delivery's state; the retry schedule goes on from where it was. */
    @Transactional
    public WebhookDelivery retryNow(String deliveryId) {
        WebhookDelivery delivery = WebhookDelivery.findById(deliveryId);
        if (delivery == null) {
            throw ApiException.notFound("Delivery " + deliveryId);
        }
        if (delivery.hasNewerRevision()) {
            throw new ApiException(409, ApiError.invalidRequest("superseded",
                    "A newer revision of this order was queued for the same target; it carries the whole order.",
                    null));
        }
        delivery.status = DeliveryStatus.PENDING;
        delivery.nextAttemptAt = now();
        delivery.claimedUntil = null;
        return delivery;
    }

    private void log(WebhookDelivery delivery, AttemptResult result) {
        WebhookAttempt attempt = new WebhookAttempt();
        attempt.id = "wha_" + UUID.randomUUID().toString().replace("-", "");
        attempt.deliveryId = delivery.id;
        attempt.attemptedAt = result.attemptedAt().atOffset(ZoneOffset.UTC);
        attempt.statusCode = result.statusCode();
        attempt.latencyMs = result.latency().toMillis();
        attempt.responseBody = result.responseBody();
        attempt.error = result.error() == null ? null : truncate(result.error(), 500);
        attempt.persist();
    }

    static String describe(AttemptResult result) {
        return result.statusCode() != null ? "HTTP " + result.statusCode() : result.error();
    }

    private static String truncate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
