package io.arangoconsole.ui.connections;

import io.arangoconsole.core.connection.AuthMethod;
import io.arangoconsole.core.connection.ConnectionProfile;
import io.arangoconsole.core.connection.FieldError;
import io.arangoconsole.core.connection.FieldError.Field;
import io.arangoconsole.core.connection.ProfileValidator;
import io.arangoconsole.core.connection.ReplicaMode;
import io.arangoconsole.core.connection.Environment;
import io.arangoconsole.core.connection.WireProtocol;
import io.arangoconsole.ui.common.TaskRunner;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The add/edit profile dialog: one property per field, one error sentence per field (empty when the field is fine),
 * and "Test connection" in the background with what is typed, before anything is saved.
 */
public final class ProfileEditorViewModel {

    private final TaskRunner tasks;
    private final ProfileTester tester;
    private final Set<String> otherNames;
    final StringProperty name = new SimpleStringProperty(this, "name", "");
    final StringProperty primaryEndpoints = new SimpleStringProperty(this, "primaryEndpoints", "");
    final ObjectProperty<ReplicaMode> replicaMode = new SimpleObjectProperty<>(this, "replicaMode", ReplicaMode.NONE);
    final StringProperty replicaEndpoints = new SimpleStringProperty(this, "replicaEndpoints", "");
    final StringProperty replicaUser = new SimpleStringProperty(this, "replicaUser", "");
    final StringProperty database = new SimpleStringProperty(this, "database", "_system");
    final StringProperty user = new SimpleStringProperty(this, "user", "root");
    final ObjectProperty<AuthMethod> auth = new SimpleObjectProperty<>(this, "auth", AuthMethod.PASSWORD);
    final StringProperty secret = new SimpleStringProperty(this, "secret", "");
    final StringProperty replicaSecret = new SimpleStringProperty(this, "replicaSecret", "");
    final BooleanProperty tls = new SimpleBooleanProperty(this, "tls");
    final StringProperty caFile = new SimpleStringProperty(this, "caFile", "");
    final BooleanProperty verifyHost = new SimpleBooleanProperty(this, "verifyHost", true);
    final ObjectProperty<WireProtocol> protocol = new SimpleObjectProperty<>(this, "protocol", WireProtocol.HTTP2);
    final ObjectProperty<Environment> environment = new SimpleObjectProperty<>(this, "environment",
            Environment.OTHER);
    final StringProperty poolSize = new SimpleStringProperty(this, "poolSize",
            String.valueOf(ConnectionProfile.DEFAULT_POOL_SIZE));
    final StringProperty timeout = new SimpleStringProperty(this, "timeout",
            String.valueOf(ConnectionProfile.DEFAULT_TIMEOUT_SECONDS));
    private final Map<Field, StringProperty> errors = new EnumMap<>(Field.class);
    private final StringProperty testResult = new SimpleStringProperty(this, "testResult", "");
    private final BooleanProperty testOk = new SimpleBooleanProperty(this, "testOk");
    private final BooleanProperty testing = new SimpleBooleanProperty(this, "testing");

    /**
     * @param editing the profile being edited, or null for a new one
     * @param otherNames the names of the other profiles
     */
    public ProfileEditorViewModel(TaskRunner tasks, ProfileTester tester, ConnectionProfile editing,
                                  Collection<String> otherNames) {
        this.tasks = tasks;
        this.tester = tester;
        this.otherNames = Set.copyOf(otherNames);
        for (Field field : Field.values()) {
            errors.put(field, new SimpleStringProperty(this, "error" + field, ""));
        }
        if (editing != null) {
            fill(editing);
        }
    }

    private void fill(ConnectionProfile p) {
        name.set(p.name());
        primaryEndpoints.set(String.join(", ", p.primaryEndpoints()));
        replicaMode.set(p.replicaMode());
        replicaEndpoints.set(String.join(", ", p.replicaEndpoints()));
        replicaUser.set(p.replicaUser());
        database.set(p.database());
        user.set(p.user());
        auth.set(p.auth());
        tls.set(p.tls());
        caFile.set(p.caFile());
        verifyHost.set(p.verifyHost());
        protocol.set(p.protocol());
        environment.set(p.environment());
        poolSize.set(String.valueOf(p.poolSize()));
        timeout.set(String.valueOf(p.timeoutSeconds()));
    }

    /**
     * Checks every field (blocking only for the CA file's existence); marks each refused field with its sentence.
     *
     * @return the profile when every field is fine
     */
    public Optional<ConnectionProfile> validate() {
        List<FieldError> found = new ArrayList<>();
        int pool = number(poolSize.get(), Field.POOL_SIZE, ProfileValidator.poolSizeMessage(), found);
        int seconds = number(timeout.get(), Field.TIMEOUT, ProfileValidator.timeoutMessage(), found);
        ConnectionProfile profile = new ConnectionProfile(name.get(),
                ProfileValidator.splitEndpoints(primaryEndpoints.get()), replicaMode.get(),
                ProfileValidator.splitEndpoints(replicaEndpoints.get()), replicaUser.get(), database.get(), user.get(),
                auth.get(), tls.get(), caFile.get(), verifyHost.get(), protocol.get(), pool, seconds,
                environment.get());
        found.addAll(ProfileValidator.validate(profile, otherNames));
        errors.values().forEach(e -> e.set(""));
        for (FieldError error : found) {
            StringProperty message = errors.get(error.field());
            if (message.get().isEmpty()) {
                message.set(error.message());
            }
        }
        return found.isEmpty() ? Optional.of(profile) : Optional.empty();
    }

    private static int number(String text, Field field, String message, List<FieldError> found) {
        try {
            int value = Integer.parseInt(text == null ? "" : text.strip());
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below, like a value out of range
        }
        found.add(new FieldError(field, message));
        return 0;
    }

    /** Tests what is typed, in the background; the outcome appears in {@link #testResultProperty()}. */
    public void test() {
        Optional<ConnectionProfile> profile = validate();
        if (profile.isEmpty()) {
            testOk.set(false);
            testResult.set("Correct the marked fields first.");
            return;
        }
        testing.set(true);
        testResult.set("Testing...");
        String primarySecret = secret.get();
        String replica = replicaSecret.get();
        tasks.run("test connection " + profile.get().name(),
                () -> TestOutcome.run(tester, profile.get(), primarySecret, replica),
                outcome -> showOutcome(outcome), e -> showOutcome(TestOutcome.failed(e)));
    }

    private void showOutcome(TestOutcome outcome) {
        testing.set(false);
        testOk.set(outcome.ok());
        testResult.set(outcome.text());
    }

    /** The sentence for a refused field, empty when it is fine. */
    public StringProperty errorProperty(Field field) {
        return errors.get(field);
    }

    public StringProperty testResultProperty() {
        return testResult;
    }

    public BooleanProperty testOkProperty() {
        return testOk;
    }

    public BooleanProperty testingProperty() {
        return testing;
    }

    /** The password or token typed for the primary (kept in memory; never in the profile). */
    public String secret() {
        return secret.get();
    }

    /** The separate replica's password or token. */
    public String replicaSecret() {
        return replicaSecret.get();
    }
}
