package io.arangoconsole.ui.connections;

import atlantafx.base.theme.Styles;
import io.arangoconsole.core.connection.AuthMethod;
import io.arangoconsole.core.connection.FieldError.Field;
import io.arangoconsole.core.connection.ReplicaMode;
import io.arangoconsole.core.connection.Environment;
import io.arangoconsole.core.connection.WireProtocol;
import java.io.File;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

/** The add/edit profile form: binds every field to the {@link ProfileEditorViewModel}, marks refused fields. */
public final class ProfileEditorView {

    private final ProfileEditorViewModel model;

    @FXML private TextField nameField;
    @FXML private TextField primaryField;
    @FXML private TextField databaseField;
    @FXML private TextField userField;
    @FXML private ChoiceBox<AuthMethod> authChoice;
    @FXML private Label secretLabel;
    @FXML private PasswordField secretField;
    @FXML private ChoiceBox<ReplicaMode> replicaChoice;
    @FXML private TextField replicaField;
    @FXML private TextField replicaUserField;
    @FXML private PasswordField replicaSecretField;
    @FXML private CheckBox tlsCheck;
    @FXML private CheckBox verifyHostCheck;
    @FXML private TextField caFileField;
    @FXML private Button browseButton;
    @FXML private ChoiceBox<WireProtocol> protocolChoice;
    @FXML private ChoiceBox<Environment> environmentChoice;
    @FXML private TextField poolField;
    @FXML private TextField timeoutField;
    @FXML private Label nameError;
    @FXML private Label primaryError;
    @FXML private Label databaseError;
    @FXML private Label replicaError;
    @FXML private Label caFileError;
    @FXML private Label numbersError;
    @FXML private ProgressIndicator testingIndicator;
    @FXML private Label testResultLabel;

    public ProfileEditorView(ProfileEditorViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        nameField.textProperty().bindBidirectional(model.name);
        primaryField.textProperty().bindBidirectional(model.primaryEndpoints);
        databaseField.textProperty().bindBidirectional(model.database);
        userField.textProperty().bindBidirectional(model.user);
        secretField.textProperty().bindBidirectional(model.secret);
        replicaField.textProperty().bindBidirectional(model.replicaEndpoints);
        replicaUserField.textProperty().bindBidirectional(model.replicaUser);
        replicaSecretField.textProperty().bindBidirectional(model.replicaSecret);
        tlsCheck.selectedProperty().bindBidirectional(model.tls);
        verifyHostCheck.selectedProperty().bindBidirectional(model.verifyHost);
        caFileField.textProperty().bindBidirectional(model.caFile);
        poolField.textProperty().bindBidirectional(model.poolSize);
        timeoutField.textProperty().bindBidirectional(model.timeout);
        choice(authChoice, AuthMethod.values(), a -> a == AuthMethod.JWT ? "JWT" : "Password");
        authChoice.valueProperty().bindBidirectional(model.auth);
        secretLabel.textProperty().bind(Bindings.when(model.auth.isEqualTo(AuthMethod.JWT)).then("JWT")
                .otherwise("Password"));
        choice(replicaChoice, ReplicaMode.values(), ProfileEditorView::replicaText);
        replicaChoice.valueProperty().bindBidirectional(model.replicaMode);
        choice(protocolChoice, WireProtocol.values(), WireProtocol::display);
        protocolChoice.valueProperty().bindBidirectional(model.protocol);
        choice(environmentChoice, Environment.values(), Environment::display);
        environmentChoice.valueProperty().bindBidirectional(model.environment);
        environmentChoice.setAccessibleText("Environment of this server: production asks for the profile's name "
                + "before destructive actions");
        var noSeparateReplica = model.replicaMode.isNotEqualTo(ReplicaMode.SEPARATE);
        for (Control c : new Control[] {replicaField, replicaUserField, replicaSecretField}) {
            c.disableProperty().bind(noSeparateReplica);
        }
        for (Control c : new Control[] {verifyHostCheck, caFileField, browseButton}) {
            c.disableProperty().bind(model.tls.not());
        }
        mark(nameField, nameError, model.errorProperty(Field.NAME));
        mark(primaryField, primaryError, model.errorProperty(Field.PRIMARY_ENDPOINTS));
        mark(databaseField, databaseError, model.errorProperty(Field.DATABASE));
        mark(replicaField, replicaError, model.errorProperty(Field.REPLICA_ENDPOINTS));
        mark(caFileField, caFileError, model.errorProperty(Field.CA_FILE));
        mark(poolField, null, model.errorProperty(Field.POOL_SIZE));
        mark(timeoutField, null, model.errorProperty(Field.TIMEOUT));
        numbersError.textProperty().bind(Bindings.concat(model.errorProperty(Field.POOL_SIZE),
                Bindings.when(model.errorProperty(Field.POOL_SIZE).isEmpty()).then("").otherwise(" "),
                model.errorProperty(Field.TIMEOUT)));
        numbersError.visibleProperty().bind(numbersError.textProperty().isNotEmpty());
        numbersError.managedProperty().bind(numbersError.visibleProperty());
        testingIndicator.visibleProperty().bind(model.testingProperty());
        testingIndicator.managedProperty().bind(model.testingProperty());
        testResultLabel.textProperty().bind(model.testResultProperty());
        model.testOkProperty().addListener((obs, old, ok) -> testResultLabel.pseudoClassStateChanged(
                Styles.STATE_DANGER, !ok));
    }

    private static <T> void choice(ChoiceBox<T> box, T[] values, java.util.function.Function<T, String> text) {
        box.getItems().setAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        });
    }

    private static String replicaText(ReplicaMode mode) {
        return switch (mode) {
            case NONE -> "None: everything from the primary";
            case SEPARATE -> "Separate deployment";
            case DIRTY_READ -> "Cluster followers (dirty reads)";
        };
    }

    /** A refused field gets AtlantaFX's danger state (red border) and its sentence below it. */
    private static void mark(Control field, Label message, ObservableStringValue error) {
        error.addListener((obs, old, text) -> field.pseudoClassStateChanged(Styles.STATE_DANGER, !text.isEmpty()));
        if (message != null) {
            message.textProperty().bind(error);
            message.visibleProperty().bind(message.textProperty().isNotEmpty());
            message.managedProperty().bind(message.visibleProperty());
        }
    }

    @FXML
    private void browseCaFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("CA certificate (PEM or DER)");
        File file = chooser.showOpenDialog(caFileField.getScene().getWindow());
        if (file != null) {
            model.caFile.set(file.getAbsolutePath());
        }
    }

    @FXML
    private void test() {
        model.test();
    }
}
