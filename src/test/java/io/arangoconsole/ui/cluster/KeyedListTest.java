package io.arangoconsole.ui.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

/** The Cluster pane's rows: an unchanged snapshot changes nothing, a changed one replaces only its changed rows. */
class KeyedListTest {

    record Row(String id, String state) {
    }

    @Test
    void onlyChangedRowsAreReplacedInOneEvent() {
        KeyedList<Row> rows = new KeyedList<>(Row::id);
        List<String> events = new ArrayList<>();
        rows.addListener((ListChangeListener<Row>) c -> {
            StringBuilder e = new StringBuilder();
            while (c.next()) {
                e.append(c.wasReplaced() ? "replaced " + c.getFrom() + " " : c.wasAdded() ? "added " : "other ");
            }
            events.add(e.toString().strip());
        });
        rows.update(List.of(new Row("a", "ok"), new Row("b", "ok"), new Row("c", "ok")));
        assertEquals(List.of("added"), events);
        Row b = rows.get(1);

        rows.update(List.of(new Row("a", "ok"), new Row("b", "ok"), new Row("c", "ok")));
        assertEquals(1, events.size(), "an unchanged snapshot fires nothing");

        rows.update(List.of(new Row("a", "ok"), new Row("b", "ok"), new Row("c", "behind")));
        assertEquals("replaced 2", events.get(1), "one event, the changed row only");
        assertSame(b, rows.get(1), "unchanged rows stay the same objects");

        KeyedList.Plan<Row> stale = rows.plan(List.of(new Row("a", "behind"), new Row("b", "ok"),
                new Row("c", "behind")));
        rows.update(List.of(new Row("a", "ok"), new Row("b", "behind"), new Row("c", "behind")));
        rows.apply(stale);
        assertEquals(List.of(new Row("a", "behind"), new Row("b", "ok"), new Row("c", "behind")), List.copyOf(rows),
                "a plan made before another update is made again");

        rows.update(List.of(new Row("a", "ok"), new Row("d", "ok")));
        assertTrue(events.get(events.size() - 1).contains("replaced 0"), events.toString());
        assertEquals(List.of(new Row("a", "ok"), new Row("d", "ok")), List.copyOf(rows));
    }
}
