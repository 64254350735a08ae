package dev.comptoir.contracts;

/**
 * A topic as the deployments create it. The partition count bounds how many replicas of a consumer share the work, so
 * docker compose, the Kubernetes {@code KafkaTopic}s and the local broker all take it from here.
 */
public record TopicSpec(String name, int partitions) {
}
