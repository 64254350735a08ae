package dev.comptoir.contracts;

import java.time.Duration;

/**
 * A topic as the deployments create it. The partition count bounds how many replicas of a consumer share the work, so
 * docker compose, the Kubernetes {@code KafkaTopic}s and the local broker all take it from here. {@code producer} is
 * the CloudEvents source ({@code ce_source}) of the one service that publishes on it: consumers refuse anything else.
 */
public record TopicSpec(String name, int partitions, Duration retention, String producer) {
}
