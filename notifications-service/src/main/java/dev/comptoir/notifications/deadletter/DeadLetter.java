package dev.comptoir.notifications.deadletter;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;

/** A record some consumer parked on a dead-letter topic; {@code record} is the original, encrypted. */
@Entity
@Table(name = "dead_letter")
public class DeadLetter extends PanacheEntityBase {
    @Id
    public String id;
    @Column(name = "dead_letter_topic")
    public String deadLetterTopic;
    @Column(name = "dead_letter_partition")
    public int deadLetterPartition;
    @Column(name = "dead_letter_offset")
    public long deadLetterOffset;
    public String topic;
    @Column(name = "source_partition")
    public Integer partition;
    @Column(name = "source_offset")
    public Long offset;
    public String consumer;
    @Column(name = "event_type")
    public String eventType;
    @Column(name = "event_id")
    public String eventId;
    public String subject;
    public String reason;
    public String cause;
    @Column(name = "dead_lettered_at")
    public OffsetDateTime deadLetteredAt;
    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;
    public String record;
    @Column(name = "replayed_at")
    public OffsetDateTime replayedAt;

    static boolean exists(String deadLetterTopic, int partition, long offset) {
        return count("deadLetterTopic = ?1 and deadLetterPartition = ?2 and deadLetterOffset = ?3", deadLetterTopic,
                partition, offset) > 0;
    }

    static List<DeadLetter> newestFirst(int limit) {
        return find("order by recordedAt desc, id").page(0, limit).list();
    }
}
