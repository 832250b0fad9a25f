package io.arangoconsole.core.connection;

import io.arangoconsole.core.connection.FieldError.Field;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a profile before it is saved or tested, one sentence per refused field, so the dialog can mark the field
 * instead of failing later with a driver stack trace. Blocking only for the CA file's existence check.
 */
public final class ProfileValidator {

    public static final int MAX_POOL_SIZE = 1000;
    public static final int MAX_TIMEOUT_SECONDS = 3600;
    private static final Set<String> SCHEMES = Set.of("http", "https", "tcp", "ssl", "http+tcp", "http+ssl");

    private ProfileValidator() {
    }

    /**
     * @param otherNames the names of the other saved profiles (a name must be unique)
     * @return the refused fields, empty when the profile can be saved
     */
    public static List<FieldError> validate(ConnectionProfile profile, Collection<String> otherNames) {
        List<FieldError> errors = new ArrayList<>();
        if (profile.name().isEmpty()) {
            errors.add(new FieldError(Field.NAME, "Give the profile a name."));
        } else if (otherNames.contains(profile.name())) {
            errors.add(new FieldError(Field.NAME, "A profile named '" + profile.name() + "' already exists."));
        }
        endpointsError(profile.primaryEndpoints(), "Enter at least one endpoint, e.g. http://db1:8529.")
                .ifPresent(m -> errors.add(new FieldError(Field.PRIMARY_ENDPOINTS, m)));
        if (profile.replicaMode() == ReplicaMode.SEPARATE) {
            endpointsError(profile.replicaEndpoints(), "Enter the replica's endpoint, or choose no replica.")
                    .ifPresent(m -> errors.add(new FieldError(Field.REPLICA_ENDPOINTS, m)));
        }
        databaseError(profile.database()).ifPresent(m -> errors.add(new FieldError(Field.DATABASE, m)));
        if (profile.tls() && !profile.caFile().isEmpty()) {
            caFileError(profile.caFile()).ifPresent(m -> errors.add(new FieldError(Field.CA_FILE, m)));
        }
        if (profile.poolSize() > MAX_POOL_SIZE) {
            errors.add(new FieldError(Field.POOL_SIZE, poolSizeMessage()));
        }
        if (profile.timeoutSeconds() > MAX_TIMEOUT_SECONDS) {
            errors.add(new FieldError(Field.TIMEOUT, timeoutMessage()));
        }
        return errors;
    }

    /** The sentence for a pool size that is not a whole number in range. */
    public static String poolSizeMessage() {
        return "Pool size must be a whole number from 1 to " + MAX_POOL_SIZE + ".";
    }

    /** The sentence for a timeout that is not a whole number of seconds in range. */
    public static String timeoutMessage() {
        return "Timeout must be a whole number of seconds from 1 to " + MAX_TIMEOUT_SECONDS + ".";
    }

    /** Splits what the user typed into endpoints: commas, spaces or new lines separate them. */
    public static List<String> splitEndpoints(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("[,\\s]+")).filter(s -> !s.isEmpty()).toList();
    }

    private static Optional<String> endpointsError(List<String> endpoints, String whenEmpty) {
        if (endpoints.isEmpty()) {
            return Optional.of(whenEmpty);
        }
        return endpoints.stream().filter(e -> !isEndpoint(e)).findFirst()
                .map(e -> "'" + e + "' is not a valid URL: use http://host:port or https://host:port.");
    }

    /** {@code http(s)://host[:port][/]}, {@code tcp://} / {@code ssl://} as arangosh writes them, or bare host:port. */
    static boolean isEndpoint(String text) {
        String value = text.contains("://") ? text : "http://" + text;
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean noPath = uri.getRawPath() == null || uri.getRawPath().isEmpty() || "/".equals(uri.getRawPath());
            return SCHEMES.contains(scheme) && uri.getHost() != null && uri.getPort() <= 65_535
                    && uri.getRawQuery() == null && uri.getRawFragment() == null && noPath;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static Optional<String> databaseError(String database) {
        if (database.isEmpty()) {
            return Optional.of("Enter a database name, e.g. _system.");
        }
        if (database.contains("/") || database.contains(":") || database.length() > 128) {
            return Optional.of("A database name has at most 128 characters and no '/' or ':'.");
        }
        return Optional.empty();
    }

    private static Optional<String> caFileError(String caFile) {
        try {
            Path path = Path.of(caFile);
            if (!Files.exists(path)) {
                return Optional.of("CA file not found: " + caFile + ".");
            }
            if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
                return Optional.of("CA file cannot be read: " + caFile + ".");
            }
            return Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.of("CA file not found: " + caFile + ".");
        }
    }
}
