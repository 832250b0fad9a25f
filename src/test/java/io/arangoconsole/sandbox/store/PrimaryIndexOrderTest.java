package io.arangoconsole.sandbox.store;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

import static io.arangoconsole.sandbox.store.TestDocs.doc;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The primary index read in key order sees every key written before the read, though new keys reach its ordered set
 * in sorted batches (decision 0055), and also the documents a collection was loaded with (demo data read back).
 */
class PrimaryIndexOrderTest extends OneCollectionTest {
    @Test
    void everyKeyWrittenBeforeAReadIsReadInOrderAcrossBatches() {
        Random random = new Random(5);
        TreeSet<String> expected = new TreeSet<>();
        List<String> written = new ArrayList<>();
        for (int i = 0; i < PrimaryIndex.BATCH * 2 + 123; i++) {
            String key = "k" + random.nextInt(1_000_000_000);
            if (expected.add(key)) {
                c.insert(doc("{'_key':'" + key + "'}"), WriteOptions.DEFAULT);
                written.add(key);
            }
            if (i == 1_000) {
                assertEquals(new ArrayList<>(expected), keys(false), "read while keys are pending");
            }
        }
        // removed: one long in the ordered set, one still pending, then one written again
        for (String key : List.of(written.get(0), written.get(written.size() - 1), written.get(written.size() - 2))) {
            c.remove(key, WriteOptions.DEFAULT);
            expected.remove(key);
        }
        String again = written.get(written.size() - 2);
        c.insert(doc("{'_key':'" + again + "'}"), WriteOptions.DEFAULT);
        expected.add(again);

        assertEquals(new ArrayList<>(expected), keys(false));
        assertEquals(new ArrayList<>(expected.descendingSet()), keys(true));
    }

    @Test
    void aLoadedCollectionIsReadInKeyOrder() {
        List<StoredDocument> loaded = new ArrayList<>();
        for (String key : List.of("m", "b", "z", "a")) {
            loaded.add(new StoredDocument(key, "_r", ("{\"_key\":\"" + key + "\"}").getBytes(StandardCharsets.UTF_8)));
        }
        c.load(loaded);

        assertEquals(List.of("a", "b", "m", "z"), keys(false));
    }

    private List<String> keys(boolean descending) {
        List<String> out = new ArrayList<>();
        Iterator<String> it = c.primaryIndex().keysInOrder(null, descending);
        it.forEachRemaining(out::add);
        return out;
    }
}
