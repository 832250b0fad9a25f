package io.arangoconsole.core.arango;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.arangoconsole.core.connection.ConnectionProfile;
import io.arangoconsole.core.connection.ServerSpec;
import io.arangoconsole.core.connection.WireProtocol;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TLS with a custom CA file, against a small HTTPS server with a self-signed certificate for {@code localhost}
 * (made with the JDK's keytool): trusted and verified, untrusted, and a host name the certificate does not name.
 */
class TlsConnectionTest {

    @TempDir
    static Path dir;
    private static HttpsServer server;
    private static Path caFile;
    private static Path otherCa;
    private final ConnectionTester tester = new ConnectionTester();

    @BeforeAll
    static void start() throws Exception {
        Path keystore = dir.resolve("server.p12");
        keytool("-genkeypair", "-alias", "server", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=localhost",
                "-ext", "san=dns:localhost", "-validity", "2", "-keystore", keystore.toString(), "-storetype",
                "PKCS12", "-storepass", "changeit", "-keypass", "changeit");
        caFile = dir.resolve("ca.pem");
        keytool("-exportcert", "-rfc", "-alias", "server", "-file", caFile.toString(), "-keystore",
                keystore.toString(), "-storepass", "changeit");
        Path other = dir.resolve("other.p12");
        keytool("-genkeypair", "-alias", "other", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=other",
                "-validity", "2", "-keystore", other.toString(), "-storetype", "PKCS12", "-storepass", "changeit",
                "-keypass", "changeit");
        otherCa = dir.resolve("other.der");
        keytool("-exportcert", "-alias", "other", "-file", otherCa.toString(), "-keystore", other.toString(),
                "-storepass", "changeit");

        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, "changeit".toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, null);
        server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(context));
        // Just what "Test connection" asks, answered as ArangoDB 3.12 does.
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String body = path.endsWith("/_api/version") ? "{\"server\":\"arango\",\"version\":\"3.12.4\","
                    + "\"license\":\"community\"}"
                    : path.endsWith("/_admin/server/role") ? "{\"error\":false,\"code\":200,\"role\":\"SINGLE\","
                    + "\"mode\":\"default\"}"
                    : "{\"error\":false,\"code\":200,\"result\":{\"name\":\"_system\",\"id\":\"1\","
                    + "\"path\":\"\",\"isSystem\":true}}";
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    private static void keytool(String... args) throws Exception {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        List<String> command = new java.util.ArrayList<>(List.of(keytool.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("keytool failed: " + out);
        }
    }

    private ServerSpec spec(String host, Path ca, boolean verifyHost) {
        String url = "https://" + host + ":" + server.getAddress().getPort();
        ConnectionProfile profile = new ConnectionProfile("tls", List.of(url), null, null, null, "_system", "root",
                null, true, ca.toString(), verifyHost, WireProtocol.HTTP1, 2, 10);
        return ServerSpec.primary(profile, "");
    }

    @Test
    void trustedCaFileAndMatchingHostConnect() {
        ServerInfo info = tester.test(spec("localhost", caFile, true), "_system");
        assertEquals("3.12.4", info.version());
        assertEquals("SINGLE", info.role());
    }

    @Test
    void certificateFromAnotherCaIsATlsFailure() {
        ConnectionFailure failure = assertThrows(ConnectionFailure.class,
                () -> tester.test(spec("localhost", otherCa, true), "_system"));
        assertEquals(ConnectionFailure.Reason.TLS, failure.reason());
        assertEquals("TLS failure with https://localhost:" + server.getAddress().getPort()
                + ": the server's certificate is not trusted by the CA file.", failure.getMessage());
    }

    @Test
    void hostVerificationRefusesAHostTheCertificateDoesNotName() {
        ConnectionFailure failure = assertThrows(ConnectionFailure.class,
                () -> tester.test(spec("127.0.0.1", caFile, true), "_system"));
        assertEquals(ConnectionFailure.Reason.TLS, failure.reason());
        assertEquals("TLS failure with https://127.0.0.1:" + server.getAddress().getPort()
                + ": the certificate does not name this host (host verification).", failure.getMessage());
        // The DBA may turn host verification off for an IP address; the CA still has to match.
        assertEquals("SINGLE", tester.test(spec("127.0.0.1", caFile, false), "_system").role());
    }

    @Test
    void aFileWithoutCertificateIsOneSentence() throws Exception {
        Path junk = Files.writeString(dir.resolve("junk.pem"), "not a certificate");
        ConnectionFailure failure = assertThrows(ConnectionFailure.class,
                () -> tester.test(spec("localhost", junk, true), "_system"));
        assertEquals(ConnectionFailure.Reason.TLS, failure.reason());
        assertEquals("CA file " + junk + " holds no PEM or DER certificate.", failure.getMessage());
    }
}
