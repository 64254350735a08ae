package dev.comptoir.deploy;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The configuration a service reads: the keys of its application.properties and of the platform's shared defaults
 * (every profile), the {@code comptoir.*} keys its code and the platform's name, and the few Quarkus keys the
 * deployments set. An environment variable names a key by SmallRye's rule: upper case, anything else than a letter
 * or a digit as {@code _}.
 */
final class ServiceConfiguration {
    /** Quarkus's own keys the deployments set; a key counts where the service uses that extension (see below). */
    private static final List<String> FRAMEWORK_KEYS = List.of("quarkus.http.port", "quarkus.shutdown.timeout",
            "quarkus.datasource.jdbc.url", "quarkus.datasource.username", "quarkus.datasource.password",
            "quarkus.mailer.host", "quarkus.mailer.port", "quarkus.mailer.username", "quarkus.mailer.password",
            "quarkus.mailer.tls", "quarkus.mailer.start-tls");
    private static final Set<String> CORE_EXTENSIONS = Set.of("quarkus.http.", "quarkus.shutdown.");
    private static final Pattern CODE_KEY = Pattern.compile("\"(comptoir\\.[a-z0-9.-]+)\"");
    private static final Pattern MAPPING_PREFIX = Pattern.compile("@ConfigMapping\\(prefix\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern EXPRESSION_VARIABLE = Pattern.compile("\\$\\{([A-Z0-9_]+)(:[^}]*)?}");

    private final Properties properties;
    private final Set<String> keys = new HashSet<>();
    private final Set<String> prefixes = new HashSet<>();
    private final Set<String> expressionVariables = new HashSet<>();

    private ServiceConfiguration(Properties properties) {
        this.properties = properties;
    }

    static ServiceConfiguration of(String service) {
        Properties own = load(Project.path(service + "-service", "src/main/resources/application.properties"));
        ServiceConfiguration configuration = new ServiceConfiguration(own);
        configuration.addProperties(own);
        configuration.addProperties(
                load(Project.path("platform", "src/main/resources/META-INF/microprofile-config.properties")));
        configuration.addCode(Project.path(service + "-service", "src/main/java"));
        configuration.addCode(Project.path("platform", "src/main/java"));
        return configuration;
    }

    /** Whether setting {@code variable} configures something this service reads. */
    boolean reads(String variable) {
        return expressionVariables.contains(variable)
                || keys.stream().anyMatch(key -> variableOf(key).equals(variable))
                || prefixes.stream().anyMatch(prefix -> variable.startsWith(variableOf(prefix) + "_"))
                || FRAMEWORK_KEYS.stream().filter(this::usesExtensionOf)
                        .anyMatch(key -> variableOf(key).equals(variable));
    }

    /** The value of {@code key} in the service's application.properties, outside any profile. */
    String value(String key) {
        return properties.getProperty(key);
    }

    /** The values of the service's own keys ending with {@code suffix}, e.g. its consumers' topics. */
    Set<String> valuesOfKeysEndingWith(String suffix) {
        Set<String> values = new HashSet<>();
        properties.stringPropertyNames().stream().filter(key -> key.endsWith(suffix))
                .forEach(key -> values.add(properties.getProperty(key)));
        return values;
    }

    /** The topic patterns of the service's channels that subscribe by pattern ({@code .pattern=true}). */
    Set<String> topicPatterns() {
        Set<String> patterns = new HashSet<>();
        properties.stringPropertyNames().stream()
                .filter(key -> key.endsWith(".pattern") && "true".equals(properties.getProperty(key)))
                .forEach(key -> patterns.add(properties.getProperty(key.replaceFirst("\\.pattern$", ".topic"))));
        return patterns;
    }

    static String variableOf(String key) {
        return key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    private boolean usesExtensionOf(String frameworkKey) {
        String extension = frameworkKey.substring(0, frameworkKey.indexOf('.', "quarkus.".length()) + 1);
        return CORE_EXTENSIONS.contains(extension) || keys.stream().anyMatch(key -> key.startsWith(extension));
    }

    private void addProperties(Properties loaded) {
        for (String key : loaded.stringPropertyNames()) {
            keys.add(key.startsWith("%") ? key.substring(key.indexOf('.') + 1) : key);
            Matcher variable = EXPRESSION_VARIABLE.matcher(loaded.getProperty(key));
            while (variable.find()) {
                expressionVariables.add(variable.group(1));
            }
        }
    }

    private void addCode(Path sources) {
        try (Stream<Path> files = Files.walk(sources)) {
            files.filter(file -> file.toString().endsWith(".java")).map(Project::read).forEach(code -> {
                Matcher key = CODE_KEY.matcher(code);
                while (key.find()) {
                    String found = key.group(1);
                    if (found.endsWith(".")) {
                        prefixes.add(found.substring(0, found.length() - 1));
                    } else {
                        keys.add(found);
                    }
                }
                Matcher mapping = MAPPING_PREFIX.matcher(code);
                while (mapping.find()) {
                    prefixes.add(mapping.group(1));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties load(Path file) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(Project.read(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
