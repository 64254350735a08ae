package dev.comptoir.notifications.deadletter;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Reads every dead-letter topic ({@code *.dlq.*}, this service's own included) as raw bytes, whatever they hold.
 * Recording never dead-letters: its own dead-letter topic would match the subscription and loop. A record that
 * cannot be stored (the database is down) is retried until it can, holding the channel, and logged at each try.
 */
@ApplicationScoped
public class DeadLettersConsumer {
    private static final Logger LOG = Logger.getLogger(DeadLettersConsumer.class);
    private static final Duration FIRST_PAUSE = Duration.ofMillis(200);
    private static final Duration MAX_PAUSE = Duration.ofSeconds(30);

    private final DeadLetters deadLetters;

    public DeadLettersConsumer(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @Incoming("dead-letters")
    @Blocking
    public void onDeadLetter(ConsumerRecord<byte[], byte[]> record) {
        Uni.createFrom().item(() -> {
            deadLetters.record(record);
            return record;
        })
                .onFailure().invoke(e -> LOG.errorf("Dead letter %s-%d@%d not recorded yet, retrying: %s",
                        record.topic(), record.partition(), record.offset(), e.toString()))
                .onFailure().retry().withBackOff(FIRST_PAUSE, MAX_PAUSE).indefinitely()
                .await().indefinitely();
    }
}
