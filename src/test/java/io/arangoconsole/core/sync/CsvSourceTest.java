package io.arangoconsole.core.sync;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvSourceTest {
    @TempDir
    Path dir;

    private List<SourceRecord> readAll(Path file, CsvOptions options, Position after) {
        List<SourceRecord> all = new ArrayList<>();
        try (CsvSource source = new CsvSource(file, options)) {
            source.open(after);
            List<SourceRecord> part;
            while (!(part = source.nextBatch(2)).isEmpty()) {
                all.addAll(part);
            }
        }
        return all;
    }

    @Test
    void quotedFieldsKeepCommasQuotesAndLineBreaksAndLineNumbersFollowThem() throws Exception {
        Path file = dir.resolve("in.csv");
        Files.writeString(file, "_key,name,score,active,submissiondate,note\r\n"
                + "a,\"Smith, Jane\",12,true,2024-01-02T10:00:00Z,\r\n"
                + "b,\"say \"\"hi\"\"\",1.5,FALSE,2024-01-03,\"two\nlines\"\r\n"
                + "c,too,few\r\n"
                + "d,007,\"42\",x,2024-01-04,\"\"\n");

        List<SourceRecord> records = readAll(file, CsvOptions.defaults(), null);

        assertEquals(4, records.size());
        SourceRecord a = records.get(0);
        assertEquals(2, a.line());
        assertEquals("Smith, Jane", a.doc().get("name").asText());
        assertEquals(12, a.doc().get("score").asLong());
        assertTrue(a.doc().get("score").isIntegralNumber());
        assertTrue(a.doc().get("active").booleanValue());
        assertEquals("2024-01-02T10:00:00Z", a.doc().get("submissiondate").textValue());
        assertTrue(a.doc().get("note").isNull());
        SourceRecord b = records.get(1);
        assertEquals(3, b.line());
        assertEquals("say \"hi\"", b.doc().get("name").asText());
        assertEquals(1.5, b.doc().get("score").doubleValue());
        assertEquals(false, b.doc().get("active").booleanValue());
        assertEquals("two\nlines", b.doc().get("note").textValue());
        SourceRecord c = records.get(2);
        assertEquals(5, c.line());
        assertEquals("expected 6 fields, found 3", c.rejectReason());
        SourceRecord d = records.get(3);
        assertEquals(6, d.line());
        assertEquals("007", d.doc().get("name").textValue());
        assertEquals("42", d.doc().get("score").textValue());
        assertEquals("", d.doc().get("note").textValue());
    }

    @Test
    void configuredColumnTypesConvertOrReject() throws Exception {
        Path file = dir.resolve("in.csv");
        Files.writeString(file, "id,zip,n,ok,day\n1,01234,3,1,2024-02-03\n2,99999,abc,0,2024-02-04\n"
                + "3,1,4,yes,2024-02-05\n4,1,5,0,03/02/2024\n");
        CsvOptions options = new CsvOptions(Map.of("zip", ColumnType.STRING, "n", ColumnType.NUMBER,
                "ok", ColumnType.BOOLEAN, "day", ColumnType.DATE), "id");

        List<SourceRecord> records = readAll(file, options, null);

        assertEquals("1", records.get(0).key());
        assertEquals("01234", records.get(0).doc().get("zip").textValue());
        assertEquals(true, records.get(0).doc().get("ok").booleanValue());
        assertEquals("column 'n': 'abc' is not a number", records.get(1).rejectReason());
        assertEquals(3, records.get(1).line());
        assertEquals("column 'ok': 'yes' is not a boolean", records.get(2).rejectReason());
        assertEquals("column 'day': '03/02/2024' is not an ISO-8601 date", records.get(3).rejectReason());
        assertEquals(5, records.get(3).line());
    }

    @Test
    void unterminatedQuoteAndIllegalKeyAreRejectsAndResumeSkipsCommittedRows() throws Exception {
        Path file = dir.resolve("in.csv");
        Files.writeString(file, "_key,v\nok1,1\n\"bad/key\",2\nok2,\"3\nok3,4\n");

        List<SourceRecord> records = readAll(file, CsvOptions.defaults(), null);

        assertEquals(4, records.size(), "the open quote costs its own line only: ok3 after it is read");
        assertTrue(records.get(1).rejectReason().startsWith("illegal _key 'bad/key'"));
        assertEquals(3, records.get(1).line());
        assertEquals(4, records.get(2).line());
        assertTrue(records.get(2).rejectReason().startsWith("unterminated quoted field: the quote opened on line 4"),
                records.get(2).rejectReason());
        assertEquals("ok3", records.get(3).key());
        assertEquals(5, records.get(3).line());

        List<SourceRecord> rest = readAll(file, CsvOptions.defaults(), Position.ofLine(2));
        assertEquals(3, rest.get(0).line());
        try (CsvSource source = new CsvSource(file, CsvOptions.defaults())) {
            assertEquals(4, source.estimateRemaining(null));
            assertEquals(3, source.estimateRemaining(Position.ofLine(2)));
        }
    }

    @Test
    void aByteOrderMarkDoesNotBecomePartOfTheFirstColumnName() throws Exception {
        Path file = dir.resolve("excel.csv");
        Files.writeString(file, "\uFEFF_key,v\r\nk1,1\r\n");
        assertEquals("k1", readAll(file, CsvOptions.defaults(), null).get(0).key());
    }
}
