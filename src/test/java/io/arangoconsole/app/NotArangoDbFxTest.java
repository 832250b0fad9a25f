package io.arangoconsole.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import io.arangoconsole.core.connection.WireProtocol;
import io.arangoconsole.sandbox.SandboxConfig;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A URL where something that is not ArangoDB answers 404 to everything (a web server on the wrong port): the
 * connection dialog's test, the Connections pane and the Overview each say so in one sentence, with the URL and what to check,
 * and no driver text ("Response Code: 404") reaches either. Before, both read "Cannot reach ...: connection refused
 * or no server listening", wrong for a server that answered (HTTP/2 by default, then HTTP/1.1).
 */
@ExtendWith(ApplicationExtension.class)
class NotArangoDbFxTest {
    private static final Pattern DRIVER_TEXT = Pattern.compile(
            "Cannot contact any host|Response Code|ArangoDBException|Exception|java\\.|io\\.vertx|at com\\.");

    @TempDir
    static Path home;
    private static HttpServer web;
    private static String url;
    private ConsoleWindow window;

    @BeforeAll
    static void startAWebServerThatIsNotArangoDb() throws Exception {
        web = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        web.createContext("/", exchange -> {
            byte[] body = "<html><body>Not Found</body></html>".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html");
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(404, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        web.start();
        url = "http://127.0.0.1:" + web.getAddress().getPort();
    }

    @AfterAll
    static void stopWebServer() {
        web.stop(0);
    }

    @Start
    void start(Stage primary) {
        window = ConsoleWindow.open(home, SandboxConfig.defaults().withRecords(10));
    }

    @AfterEach
    void close(FxRobot robot) {
        window.close(robot);
    }

    @Test
    void a404FromSomethingElseReadsAsOneSentenceInTheDialogAndThePane(FxRobot robot) throws Exception {
        Label version = robot.lookup("#versionLabel").queryAs(Label.class);
        waitUntil(() -> !version.getText().isEmpty());
        robot.clickOn("Connections");
        robot.clickOn("#addButton");
        robot.clickOn("#nameField").write("web");
        robot.interact(() -> {
            robot.lookup("#primaryField").queryAs(TextField.class).setText(url);
            robot.lookup("#databaseField").queryAs(TextField.class).setText("demo");
        });
        robot.clickOn("#dialogTestButton");
        Label inDialog = robot.lookup("#dialogTestResult").queryAs(Label.class);
        // the profile's default HTTP/2 meets a server that speaks only HTTP/1.1
        waitUntil(() -> !inDialog.getText().isBlank() && !inDialog.getText().startsWith("Testing"));
        assertEquals("The server at " + url + " answered in HTTP/1.1, not in the HTTP/2 the profile asks for: check "
                + "that the URL and port are an ArangoDB server's, or choose HTTP/1.1 in the profile.",
                inDialog.getText());
        assertNoDriverText(inDialog.getScene().getRoot());
        robot.interact(() -> robot.lookup("#protocolChoice").queryAs(javafx.scene.control.ChoiceBox.class)
                .getSelectionModel().select(WireProtocol.HTTP1));
        robot.clickOn("#dialogTestButton");
        waitUntil(() -> inDialog.getText().contains("404"));
        assertSentence(inDialog.getText());
        assertNoDriverText(inDialog.getScene().getRoot());
        robot.clickOn("#saveProfileButton");

        robot.clickOn("#testButton");
        Label inPane = robot.lookup("#resultLabel").queryAs(Label.class);
        waitUntil(() -> inPane.getText().contains("404"));
        assertSentence(inPane.getText());
        // made active anyway (a profile is not probed on activation), a pane reading it says the same
        robot.clickOn("#activeButton");
        robot.clickOn("Overview");
        waitUntil(() -> robot.lookup("#overviewError").queryAs(Label.class).getText().contains("404"));
        assertSentence(robot.lookup("#overviewError").queryAs(Label.class).getText());
        assertNoDriverText(window.stage.getScene().getRoot());
    }

    /** One sentence: the URL, the 404, what to check; nothing of the driver. */
    private static void assertSentence(String text) {
        assertTrue(text.contains(url) && text.contains("404") && text.contains("ArangoDB"), text);
        assertEquals(List.of(), DRIVER_TEXT.matcher(text).results().map(r -> r.group()).toList(), text);
        assertTrue(text.endsWith(".") && text.indexOf(". ") < 0, "one sentence: " + text);
    }

    private static void assertNoDriverText(javafx.scene.Parent root) throws Exception {
        List<String> shown = WaitForAsyncUtils.asyncFx(() -> root.lookupAll("*").stream()
                .filter(n -> n instanceof Labeled l && l.getText() != null && DRIVER_TEXT.matcher(l.getText()).find())
                .map(n -> where(n) + ": " + ((Labeled) n).getText()).toList()).get();
        assertEquals(List.of(), shown, "driver or JDK text on screen");
    }

    /** The node's id and its ancestors' ids, so a failure names the pane and label. */
    private static String where(javafx.scene.Node n) {
        StringBuilder path = new StringBuilder();
        for (javafx.scene.Node at = n; at != null; at = at.getParent()) {
            if (at.getId() != null) {
                path.insert(0, "/" + at.getId() + (at.getStyleClass().isEmpty() ? "" : at.getStyleClass()));
            }
        }
        return path.length() == 0 ? n.getClass().getSimpleName() : path.toString();
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
    }
}
