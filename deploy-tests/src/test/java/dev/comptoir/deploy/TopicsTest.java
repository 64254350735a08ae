package dev.comptoir.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.comptoir.contracts.TopicSpec;
import dev.comptoir.contracts.Topics;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Kafka topics are declared, not created by accident: every contract topic and every consumer's dead-letter topic
 * exists in compose and in Kubernetes, with the partitions the contracts give.
 */
class TopicsTest {
    private static final Pattern COMPOSE_TOPIC =
            Pattern.compile("([a-z]+\\.(?:events|commands)(?:\\.dlq\\.[a-z]+)?):(\\d+)(?::(\\d+))?");

    /** What the deployments must create: topic name → partitions. */
    static Map<String, Integer> expectedTopics() {
        Map<String, Integer> topics = new TreeMap<>();
        Topics.ALL.forEach(topic -> topics.put(topic.name(), topic.partitions()));
        for (String service : Project.SERVICES) {
            ServiceConfiguration.of(service).valuesOfKeysEndingWith(".dead-letter-queue.topic")
                    .forEach(deadLetter -> topics.put(deadLetter, Topics.DEAD_LETTER_PARTITIONS));
        }
        return topics;
    }

    @Test
    void servicesConsumeContractTopicsAndParkFailuresInTheirOwnDeadLetterTopic() {
        Set<String> contractTopics = Topics.ALL.stream().map(TopicSpec::name).collect(Collectors.toSet());
        for (String service : Project.SERVICES) {
            ServiceConfiguration configuration = ServiceConfiguration.of(service);
            Set<String> consumed = configuration.valuesOfKeysEndingWith(".topic");
            consumed.removeAll(configuration.valuesOfKeysEndingWith(".dead-letter-queue.topic"));
            consumed.removeAll(configuration.topicPatterns());
            assertTrue(contractTopics.containsAll(consumed), service + " consumes " + consumed);
            configuration.valuesOfKeysEndingWith(".dead-letter-queue.topic").forEach(deadLetter -> assertTrue(
                    deadLetter.endsWith(".dlq." + service) && contractTopics.contains(
                            deadLetter.substring(0, deadLetter.indexOf(".dlq."))),
                    service + "'s dead-letter topic " + deadLetter + " is not <topic>.dlq." + service));
        }
    }

    @Test
    void notificationsReadsEveryDeadLetterTopic() {
        Set<String> patterns = ServiceConfiguration.of("notifications").topicPatterns();
        assertEquals(1, patterns.size(), patterns.toString());
        Pattern deadLetters = Pattern.compile(patterns.iterator().next());
        expectedTopics().keySet().forEach(topic -> assertEquals(topic.contains(".dlq."),
                deadLetters.matcher(topic).matches(), topic));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void kubernetesDeclaresEveryTopicWithTheContractsPartitions(String overlay) {
        Map<String, Integer> declared = new TreeMap<>();
        for (Map<String, Object> topic : Kustomization.ofKind(overlay, "KafkaTopic")) {
            declared.put(Project.at(topic, "spec", "topicName"), Project.at(topic, "spec", "partitions"));
            assertEquals("comptoir", Project.at(topic, "metadata", "labels", "strimzi.io/cluster"));
        }
        assertEquals(expectedTopics(), declared);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void kubernetesKeepsEveryContractTopicAsLongAsTheContractsSay(String overlay) {
        for (Map<String, Object> topic : Kustomization.ofKind(overlay, "KafkaTopic")) {
            String name = Project.at(topic, "spec", "topicName");
            Topics.spec(name).ifPresent(spec -> assertEquals(String.valueOf(spec.retention().toMillis()),
                    Project.text(topic, "spec", "config", "retention.ms"), name));
        }
    }

    @Test
    void composeCreatesEveryTopicWithTheContractsPartitions() {
        Map<String, Integer> created = new TreeMap<>();
        Matcher topic = COMPOSE_TOPIC.matcher(String.join("\n",
                Project.<List<String>>at(Compose.service("kafka-topics"), "command")));
        Map<String, Long> retained = new TreeMap<>();
        while (topic.find()) {
            created.put(topic.group(1), Integer.parseInt(topic.group(2)));
            Topics.spec(topic.group(1)).ifPresent(spec -> retained.put(spec.name(),
                    topic.group(3) == null ? Topics.EVENT_RETENTION.toMillis() : Long.parseLong(topic.group(3))));
        }
        assertEquals(expectedTopics(), created);
        Map<String, Long> contractRetention = new TreeMap<>();
        Topics.ALL.forEach(spec -> contractRetention.put(spec.name(), spec.retention().toMillis()));
        assertEquals(contractRetention, retained, "compose keeps a topic a week (broker default) unless it says");
        assertEquals("false", Project.text(Compose.service("kafka"), "environment",
                "KAFKA_AUTO_CREATE_TOPICS_ENABLE"), "compose creates its topics, no client does by accident");
    }

    @Test
    void prodKeepsThreeCopiesOfEveryTopicAndAcknowledgesWritesOnTwo() {
        for (Map<String, Object> topic : Kustomization.ofKind("prod", "KafkaTopic")) {
            String name = Project.at(topic, "spec", "topicName");
            assertEquals(3, (int) Project.at(topic, "spec", "replicas"), name);
            assertEquals("2", Project.text(topic, "spec", "config", "min.insync.replicas"), name);
        }
        Map<String, Object> kafka = Kustomization.named("prod", "Kafka", "comptoir");
        assertEquals("3", Project.text(kafka, "spec", "kafka", "config", "default.replication.factor"));
        assertEquals("2", Project.text(kafka, "spec", "kafka", "config", "min.insync.replicas"));
        assertEquals("false", Project.text(kafka, "spec", "kafka", "config",
                "auto.create.topics.enable"));
        int brokers = Kustomization.ofKind("prod", "KafkaNodePool").stream()
                .mapToInt(pool -> (int) Project.at(pool, "spec", "replicas")).sum();
        assertTrue(brokers >= 3, "three Kafka nodes at least, not " + brokers);
        assertEquals(expectedTopics().size(), Kustomization.ofKind("prod", "KafkaTopic").size(),
                "one KafkaTopic per topic");
    }
}
