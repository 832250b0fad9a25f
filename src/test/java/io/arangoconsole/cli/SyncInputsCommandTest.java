package io.arangoconsole.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.arangodb.ArangoDB;
import com.arangodb.Protocol;
import com.arangodb.model.PersistentIndexOptions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.arangoconsole.core.sync.SyncHistory;
import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The hostile inputs of issue 11 through {@code sync run}, against sandboxes over real HTTP: every line is accounted
 * for ({@code read = written + rejected + duplicates + unchanged}, checked in each test), exit codes follow the one
 * rule (0 verified equal, rejects allowed; 1 failed or differs; 2 bad usage), and messages name the side.
 */
class SyncInputsCommandTest {
    static final String SECRET = "s3cret-PW-4711";
    static Sandbox source;
    static Sandbox target;
    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final Map<String, String> env = new HashMap<>(Map.of(SyncCommand.PASSWORD_ENV, SECRET));

    @BeforeAll
    static void start() {
        source = Sandbox.start(new SandboxConfig("127.0.0.1", 0, 300, 42, true, SECRET));
        target = Sandbox.start(new SandboxConfig("127.0.0.1", 0, 0, 42, true, SECRET));
    }

    @AfterAll
    static void stop() {
        source.close();
        target.close();
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        SyncCommand.Env e = new SyncCommand.Env(env::get, new SyncHistory(dir.resolve("data/history.jsonl")));
        return Cli.execute(SandboxRunner.serving(), e, new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private int fromFile(Path file, String collection, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("sync", "run", "--source-file", file.toString(),
                "--target-url", target.url(), "--database", "demo", "--collection", collection, "--json"));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    private JsonNode json() throws Exception {
        JsonNode r = new ObjectMapper().readTree(out.toString().strip());
        assertEquals(r.get("read").asLong(), r.get("written").asLong() + r.get("rejected").asLong()
                + r.get("duplicates").asLong() + r.get("unchanged").asLong(), "every line accounted for: " + r);
        return r;
    }

    private static String unique(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().substring(0, 8);
    }

    private List<JsonNode> rejects(JsonNode result) throws Exception {
        List<JsonNode> out = new java.util.ArrayList<>();
        for (String line : Files.readAllLines(Path.of(result.get("rejectsFile").asText()))) {
            out.add(new ObjectMapper().readTree(line));
        }
        return out;
    }

    @Test
    void invalidUtf8OnLine30Of100IsOneRejectAndTheOther99AreWritten() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 1; i <= 100; i++) {
            String line = "{\"_key\":\"u" + i + "\",\"n\":" + i + (i == 30 ? ",\"name\":\"caf" : "}\n");
            bytes.writeBytes(line.getBytes(StandardCharsets.UTF_8));
            if (i == 30) {
                bytes.writeBytes(new byte[]{(byte) 0xC3, (byte) 0x28, '"', '}', '\n'});
            }
        }
        Path file = dir.resolve("utf8.jsonl");
        Files.write(file, bytes.toByteArray());

        assertEquals(0, fromFile(file, unique("utf8")), err.toString());
        JsonNode r = json();
        assertEquals(100, r.get("read").asLong());
        assertEquals(99, r.get("written").asLong());
        assertEquals(1, r.get("rejected").asLong());
        assertTrue(r.get("verified").asBoolean(), r.toString());
        JsonNode reject = rejects(r).get(0);
        assertEquals(30, reject.get("line").asInt());
        assertTrue(reject.get("reason").asText().startsWith("not valid UTF-8"), reject.toString());

        assertEquals(0, fromFile(file, r.get("target").asText().replaceAll(".*/", "")), err.toString());
        JsonNode again = json();
        assertEquals(99, again.get("unchanged").asLong(), "a rerun goes past the same line again");
    }

    @Test
    void binaryGarbageIsRejectedLineByLine() throws Exception {
        Path file = dir.resolve("garbage.jsonl");
        byte[] garbage = new byte[]{0, (byte) 0xFF, (byte) 0xFE, 7, '\n', 'x', (byte) 0x80, '\n'};
        Files.write(file, concat("{\"_key\":\"g1\"}\n".getBytes(StandardCharsets.UTF_8), garbage,
                "{\"_key\":\"g2\"}\n".getBytes(StandardCharsets.UTF_8)));

        assertEquals(0, fromFile(file, unique("garbage")), err.toString());
        JsonNode r = json();
        assertEquals(2, r.get("written").asLong());
        assertEquals(2, r.get("rejected").asLong());
        assertEquals(List.of(2, 3), rejects(r).stream().map(j -> j.get("line").asInt()).toList());
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            all.writeBytes(p);
        }
        return all.toByteArray();
    }

    @Test
    void anUnterminatedQuoteOnCsvLine31RejectsThatLineAndTheRowsAfterItAreWritten() throws Exception {
        StringBuilder csv = new StringBuilder("_key,name,n\n");
        for (int row = 1; row <= 100; row++) {
            int line = row + 1;
            csv.append("c").append(row).append(',').append(line == 31 ? "\"open quote" : "name " + row).append(',')
                    .append(row).append('\n');
        }
        Path file = dir.resolve("quote.csv");
        Files.writeString(file, csv);

        assertEquals(0, fromFile(file, unique("quote")), err.toString());
        JsonNode r = json();
        assertEquals(100, r.get("read").asLong());
        assertEquals(99, r.get("written").asLong(), "the 70 rows after the quote are not lost");
        assertEquals(1, r.get("rejected").asLong());
        JsonNode reject = rejects(r).get(0);
        assertEquals(31, reject.get("line").asInt());
        assertTrue(reject.get("reason").asText().contains("quote opened on line 31"), reject.toString());
        assertTrue(r.get("verified").asBoolean(), r.toString());
    }

    @Test
    void tenDuplicateKeysIn110LinesAreReportedAsDuplicatesAndTheRunVerifies() throws Exception {
        StringBuilder jsonl = new StringBuilder();
        for (int i = 1; i <= 110; i++) {
            int key = i <= 100 ? i : i - 100; // lines 101..110 repeat the keys of lines 1..10
            jsonl.append("{\"_key\":\"d").append(key).append("\",\"line\":").append(i).append("}\n");
        }
        Path file = dir.resolve("dups.jsonl");
        Files.writeString(file, jsonl);

        assertEquals(0, fromFile(file, unique("dups")), err.toString());
        JsonNode r = json();
        assertEquals(110, r.get("read").asLong());
        assertEquals(100, r.get("written").asLong());
        assertEquals(10, r.get("duplicates").asLong());
        assertEquals(0, r.get("rejected").asLong());
        assertTrue(r.get("verified").asBoolean(), r.toString());
        assertTrue(r.get("verification").asText().startsWith("equal (100 documents"), r.toString());
        JsonNode first = rejects(r).get(0);
        assertEquals(101, first.get("line").asInt());
        assertTrue(first.get("reason").asText().startsWith("duplicate _key 'd1': line 1 has it already"),
                first.toString());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
        "update,101,applied over it (on-duplicate update: the last line wins)",
        "replace,101,applied over it (on-duplicate replace: the last line wins)",
        "ignore,1,the first line is synced and this one is not (on-duplicate ignore)",
        "error,1,the first line is synced and this one is not (on-duplicate error)"})
    void duplicateKeysInTheFileFollowTheOnDuplicateRule(String rule, int lineOfD1, String said) throws Exception {
        StringBuilder jsonl = new StringBuilder();
        for (int i = 1; i <= 110; i++) {
            int key = i <= 100 ? i : i - 100; // lines 101..110 repeat the keys of lines 1..10
            jsonl.append("{\"_key\":\"d").append(key).append("\",\"line\":").append(i)
                    .append(i <= 100 ? ",\"first\":true" : "").append("}\n");
        }
        Path file = dir.resolve("dups-" + rule + ".jsonl");
        Files.writeString(file, jsonl);
        String into = unique("dups_" + rule);

        assertEquals(0, fromFile(file, into, "--on-duplicate", rule), err.toString());
        JsonNode r = json();
        assertEquals(110, r.get("read").asLong());
        assertEquals(100, r.get("written").asLong());
        assertEquals(10, r.get("duplicates").asLong());
        assertTrue(r.get("verification").asText().startsWith("equal (100 documents"), r.toString());
        JsonNode first = rejects(r).get(0);
        assertEquals(101, first.get("line").asInt());
        assertTrue(first.get("reason").asText().startsWith("duplicate _key 'd1': line 1 has it already"), first + "");
        assertTrue(first.get("reason").asText().contains(said), first.toString());
        ArangoDB driver = new ArangoDB.Builder().host(target.host(), target.port()).user("root").password(SECRET)
                .protocol(Protocol.HTTP_JSON).build();
        try {
            JsonNode d1 = driver.db("demo").collection(into).getDocument("d1", JsonNode.class);
            assertEquals(lineOfD1, d1.get("line").asInt(), d1.toString());
            assertEquals(!"replace".equals(rule), d1.has("first"), "replace keeps the later line alone: " + d1);
            assertEquals(100, driver.db("demo").collection(into).count().getCount());
        } finally {
            driver.shutdown();
        }
    }

    @Test
    void aUniqueIndexViolationIsARejectAndTheRunStillVerifiesWithExitZero() throws Exception {
        String people = unique("people");
        ArangoDB driver = new ArangoDB.Builder().host(target.host(), target.port()).user("root").password(SECRET)
                .protocol(Protocol.HTTP_JSON).build();
        try {
            driver.db("demo").createCollection(people);
            driver.db("demo").collection(people).ensurePersistentIndex(List.of("email"),
                    new PersistentIndexOptions().unique(true));
        } finally {
            driver.shutdown();
        }
        Path file = dir.resolve("people.jsonl");
        Files.writeString(file, "{\"_key\":\"p1\",\"email\":\"a@x\"}\n{\"_key\":\"p2\",\"email\":\"a@x\"}\n"
                + "{\"_key\":\"p3\",\"email\":\"c@x\"}\n");

        assertEquals(0, fromFile(file, people), err.toString());
        JsonNode r = json();
        assertEquals(2, r.get("written").asLong());
        assertEquals(1, r.get("rejected").asLong());
        assertTrue(r.get("verified").asBoolean(), r.toString());
        assertTrue(r.get("verification").asText().contains("1 refused by the target"), r.toString());
        assertEquals(2, rejects(r).get(0).get("line").asInt());
    }

    @Test
    void aSemicolonCsvIsReadWithItsSeparator() throws Exception {
        Path file = dir.resolve("semi.csv");
        Files.writeString(file, "_key;name;n\ns1;one;1\ns2;\"two; quoted\";2\ns3;three;3\n");

        assertEquals(0, fromFile(file, unique("semi")), err.toString());
        JsonNode r = json();
        assertEquals(3, r.get("written").asLong());
        assertEquals(0, r.get("rejected").asLong());
        assertTrue(r.get("verified").asBoolean(), r.toString());
    }

    @Test
    void aPasswordInAUrlIsRefusedAndNoFileTheRunsWriteHoldsThePassword() throws Exception {
        String withPassword = target.url().replace("http://", "http://root:" + SECRET + "@");
        Path file = dir.resolve("one.jsonl");
        Files.writeString(file, "{\"_key\":\"x1\"}\n{broken\n");

        assertEquals(2, run("sync", "run", "--source-file", file.toString(), "--target-url", withPassword,
                "--database", "demo", "--collection", "c"));
        assertTrue(err.toString().contains("--target-url must not contain a user or password: give the password in "
                + "the environment variable ARANGO_PASSWORD"), err.toString());
        assertEquals(2, run("sync", "run", "--source-url", source.url().replace("http://", "http://u:" + SECRET
                + "@"), "--target-url", target.url(), "--database", "demo", "--collection", "va_table"));
        assertTrue(err.toString().contains("ARANGO_SOURCE_PASSWORD"), err.toString());
        assertFalse(err.toString().contains(SECRET), "the refusal does not echo the password");

        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Level before = root.getLevel();
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        root.addAppender(log);
        root.setLevel(Level.DEBUG);
        String copy = unique("secret_copy");
        try {
            assertEquals(0, fromFile(file, copy), err.toString());
            assertEquals(0, run("sync", "run", "--source-url", source.url(), "--target-url", target.url(),
                    "--database", "demo", "--collection", "va_table", "--target-collection", copy + "_db"),
                    err.toString());
        } finally {
            root.detachAppender(log);
            root.setLevel(before);
        }
        StringBuilder written = new StringBuilder(out.toString()).append(err);
        try (Stream<Path> files = Files.walk(dir.resolve("data"))) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                written.append(Files.readString(p));
            }
        }
        List<ILoggingEvent> events;
        synchronized (log) { // a sync thread may still be logging: doAppend holds the appender's lock
            events = List.copyOf(log.list);
        }
        for (ILoggingEvent event : events) {
            written.append(event.getFormattedMessage());
            if (event.getThrowableProxy() != null) {
                written.append(ThrowableProxyUtil.asString(event.getThrowableProxy()));
            }
        }
        ArangoDB driver = new ArangoDB.Builder().host(target.host(), target.port()).user("root").password(SECRET)
                .protocol(Protocol.HTTP_JSON).build();
        try {
            driver.db("demo").query("FOR c IN system_configs RETURN c", JsonNode.class).forEach(d -> written
                    .append(d.toString()));
        } finally {
            driver.shutdown();
        }
        assertTrue(written.toString().contains("sync-"), "the checkpoints were read");
        assertTrue(written.toString().contains("malformed JSON"), "the rejects file was read");
        assertFalse(written.toString().contains(SECRET), "no history, rejects, checkpoint, log or output line "
                + "holds the password");
    }

    @Test
    void aWrongPasswordNamesTheSideThatRefusedIt() {
        env.put(SyncCommand.SOURCE_PASSWORD_ENV, "wrong");
        assertEquals(1, run("sync", "run", "--source-url", source.url(), "--target-url", target.url(),
                "--database", "demo", "--collection", "va_table", "--target-collection", unique("pw")));
        assertTrue(err.toString().contains("The source at " + source.url() + " refused user 'root': wrong password "
                + "(401)."), err.toString());
        env.put(SyncCommand.SOURCE_PASSWORD_ENV, SECRET);
        env.put(SyncCommand.PASSWORD_ENV, "wrong");
        assertEquals(1, run("sync", "run", "--source-url", source.url(), "--target-url", target.url(),
                "--database", "demo", "--collection", "va_table", "--target-collection", unique("pw")));
        assertTrue(err.toString().contains("The target at " + target.url() + " refused user 'root': wrong password "
                + "(401)."), err.toString());
        assertFalse(err.toString().contains("Response: 401"), err.toString());
    }

    @Test
    void anUnknownCollectionOrDatabaseIsOneSentenceNamingTheSide() {
        assertEquals(1, run("sync", "run", "--source-url", source.url(), "--target-url", target.url(),
                "--database", "demo", "--collection", "no_such", "--target-collection", unique("x")));
        assertTrue(err.toString().contains("The source database 'demo' has no collection 'no_such'."),
                err.toString());
        assertEquals(1, run("sync", "run", "--source-url", source.url(), "--source-database", "nodb",
                "--target-url", target.url(), "--database", "demo", "--collection", "va_table"));
        assertTrue(err.toString().contains("The source database 'nodb' does not exist at " + source.url()),
                err.toString());
        assertFalse(err.toString().contains("Response: 404"), err.toString());
    }

    @Test
    void malformedUrlsAndRejectsPathsAreBadUsage() throws Exception {
        Path file = dir.resolve("u.jsonl");
        Files.writeString(file, "{\"_key\":\"a\"}\n");
        for (String url : List.of("htp:/x", "localhost", "http://", "http://host:8529/extra/path")) {
            assertEquals(2, run("sync", "run", "--source-file", file.toString(), "--target-url", url,
                    "--database", "demo", "--collection", "c"), url);
            assertTrue(err.toString().contains("--target-url must look like http://host:8529"), err.toString());
        }
        assertEquals(2, run("stats", "--url", "localhost", "--database", "demo"));
        assertEquals(2, run("indexes", "plan", "--url", "htp:/x", "--database", "demo"));

        Path missing = dir.resolve("nonexistent/dir/r.jsonl");
        assertEquals(2, fromFile(file, "c", "--rejects", missing.toString()));
        assertTrue(err.toString().contains("does not exist (it is not created for you)"), err.toString());
        assertFalse(Files.exists(dir.resolve("nonexistent")), "no directory was created");
        Path aFile = dir.resolve("plain.txt");
        Files.writeString(aFile, "x");
        assertEquals(2, fromFile(file, "c", "--rejects", aFile.resolve("r.jsonl").toString()));
        assertTrue(err.toString().contains(aFile + " is a file, not a directory"), err.toString());
    }
}
