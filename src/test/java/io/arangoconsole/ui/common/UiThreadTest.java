package io.arangoconsole.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class UiThreadTest {

    @Test
    void aFloodOfUpdatesQueuesOneUiTaskThatShowsTheNewest() {
        Queue<Runnable> uiQueue = new ArrayDeque<>();
        List<Integer> shown = new ArrayList<>();
        Consumer<Integer> sink = UiThread.latestOnly(uiQueue::add, shown::add);
        for (int i = 1; i <= 1000; i++) {
            sink.accept(i);
        }
        assertEquals(1, uiQueue.size(), "one pending task, however many updates");
        uiQueue.poll().run();
        assertEquals(List.of(1000), shown);

        sink.accept(1001);
        assertEquals(1, uiQueue.size(), "the next update schedules again");
        uiQueue.poll().run();
        assertEquals(List.of(1000, 1001), shown);
    }
}
