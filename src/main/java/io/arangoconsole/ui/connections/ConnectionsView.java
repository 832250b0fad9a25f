package io.arangoconsole.ui.connections;

import atlantafx.base.theme.Styles;
import io.arangoconsole.core.connection.ConnectionProfile;
import io.arangoconsole.ui.common.PaneActivity;
import io.arangoconsole.ui.common.Confirm;
import io.arangoconsole.ui.common.Views;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;

/** The Connections pane: binds the profile list and the command buttons to the {@link ConnectionsViewModel}. */
public final class ConnectionsView {

    private final ConnectionsViewModel model;

    @FXML private VBox root;
    @FXML private Label routeBadge;
    @FXML private Label secretsNote;
    @FXML private ListView<ConnectionProfile> profileList;
    @FXML private Button editButton;
    @FXML private Button deleteButton;
    @FXML private Button testButton;
    @FXML private Button activeButton;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Label resultLabel;

    public ConnectionsView(ConnectionsViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        model.setPasswordPrompt(new PasswordDialog(root)::ask);
        routeBadge.textProperty().bind(model.readRouteProperty());
        routeBadge.visibleProperty().bind(model.readRouteProperty().isNotEmpty());
        secretsNote.setText("Profiles are saved in your config folder without passwords. Passwords: "
                + model.secretsDescription() + ".");
        profileList.setItems(model.entries());
        profileList.setCellFactory(list -> new ProfileCell());
        profileList.setPlaceholder(new Label("No profiles yet: the console uses the embedded sandbox. "
                + "Add one to connect to your deployment."));
        model.activeProperty().addListener(obs -> profileList.refresh());
        model.onSandboxProperty().addListener(obs -> profileList.refresh());
        model.notKept().addListener((SetChangeListener<String>) c -> profileList.refresh());
        model.selectedProperty().addListener((obs, old, p) -> profileList.getSelectionModel().select(p));
        // Reloading the profiles (each time the pane is shown) replaces the items, which clears the list's
        // selection while the model keeps the same profile selected: show it again.
        model.entries().addListener((ListChangeListener<ConnectionProfile>) c ->
                profileList.getSelectionModel().select(model.selectedProperty().get()));
        profileList.getSelectionModel().selectedItemProperty().addListener((obs, old, p) -> {
            if (p != null) {
                model.selectedProperty().set(p);
            }
        });
        var none = model.selectedProperty().isNull();
        var sandbox = javafx.beans.binding.Bindings.createBooleanBinding(
                () -> model.isSandbox(model.selectedProperty().get()), model.selectedProperty());
        for (Button b : new Button[] {editButton, deleteButton, testButton}) {
            b.disableProperty().bind(none.or(sandbox).or(model.busyProperty()));
        }
        // the entry already in use cannot be made active again: the button reads as an offer only for another one
        var inUse = javafx.beans.binding.Bindings.createBooleanBinding(() -> model.selectedProperty().get() != null
                && model.isActive(model.selectedProperty().get()), model.selectedProperty(), model.activeProperty(),
                model.onSandboxProperty());
        activeButton.disableProperty().bind(none.or(inUse).or(model.busyProperty()));
        busyIndicator.visibleProperty().bind(model.busyProperty());
        busyIndicator.managedProperty().bind(model.busyProperty());
        resultLabel.textProperty().bind(model.resultProperty());
        model.resultOkProperty().addListener((obs, old, ok) -> resultLabel.pseudoClassStateChanged(
                Styles.STATE_DANGER, !ok));
        PaneActivity.whileShown(root, model::activate, model::deactivate);
    }

    @FXML
    private void add() {
        openEditor(null);
    }

    @FXML
    private void edit() {
        openEditor(model.selectedProperty().get());
    }

    private void openEditor(ConnectionProfile editing) {
        ProfileEditorViewModel editor = model.editor(editing);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(editing == null ? "Add connection profile" : "Edit '" + editing.name() + "'");
        dialog.initOwner(root.getScene().getWindow());
        dialog.getDialogPane().setContent(Views.load(new ProfileEditorView(editor)));
        dialog.getDialogPane().getStylesheets().addAll(root.getScene().getStylesheets());
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("saveProfileButton");
        ok.setText("Save");
        // Refused fields keep the dialog open with the fields marked, instead of closing and failing later.
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            if (editor.validate().isEmpty()) {
                e.consume();
                fitToContent(dialog);
            }
        });
        editor.testResultProperty().addListener(obs -> fitToContent(dialog));
        dialog.showAndWait().filter(b -> b == ButtonType.OK).flatMap(b -> editor.validate())
                .ifPresent(p -> model.save(editing, p, editor.secret(), editor.replicaSecret()));
    }

    /** Error sentences and test results add lines: grow the dialog so its buttons stay visible. */
    private static void fitToContent(Dialog<?> dialog) {
        dialog.getDialogPane().applyCss();
        dialog.getDialogPane().layout();
        if (dialog.getDialogPane().getScene() != null) {
            dialog.getDialogPane().getScene().getWindow().sizeToScene();
        }
    }

    @FXML
    private void delete() {
        var profile = model.selectedProperty().get();
        boolean active = profile != null && profile.name().equals(model.activeProperty().get());
        if (profile != null && Confirm.ask(deleteButton, "Delete profile", "Delete the profile '" + profile.name()
                + "' (" + profile.firstEndpoint() + ")?", "Its saved password goes too." + (active
                ? " It is the active connection: the console switches to the embedded sandbox at once." : ""),
                "Delete", "Keep")) {
            model.delete(profile);
        }
    }

    @FXML
    private void test() {
        model.testSelected();
    }

    @FXML
    private void setActive() {
        model.activateSelected();
    }

    /** Name, endpoints and database of a profile; the active one says so. */
    private final class ProfileCell extends ListCell<ConnectionProfile> {
        @Override
        protected void updateItem(ConnectionProfile p, boolean empty) {
            super.updateItem(p, empty);
            if (empty || p == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label name = new Label(p.name());
            name.getStyleClass().add(Styles.TEXT_BOLD);
            Label environment = new Label(p.environment().display());
            environment.getStyleClass().addAll("env-badge", "env-" + p.environment().display());
            javafx.scene.layout.HBox title = new javafx.scene.layout.HBox(8, name, environment);
            if (model.isActive(p)) {
                Label active = new Label("\u25cf active");
                active.setId("activeProfileBadge");
                active.getStyleClass().add("active-badge");
                active.setAccessibleText("This is the active connection");
                title.getChildren().add(active);
            }
            String replica = switch (p.replicaMode()) {
                case NONE -> "";
                case SEPARATE -> "  replica " + String.join(", ", p.replicaEndpoints());
                case DIRTY_READ -> "  replica: followers (dirty reads)";
            };
            if (model.isSandbox(p)) {
                Label detail = new Label("embedded, in this process  db demo  demo data in memory; not deletable");
                detail.getStyleClass().add("status-muted");
                setText(null);
                setGraphic(new VBox(2, title, detail));
                return;
            }
            String password = model.passwordNote(p);
            Label detail = new Label(String.join(", ", p.primaryEndpoints()) + "  db " + p.database() + "  "
                    + p.protocol().display() + replica + (password.isEmpty() ? "" : "  " + password));
            detail.getStyleClass().add("status-muted");
            setText(null);
            setGraphic(new VBox(2, title, detail));
        }
    }
}
