package io.arangoconsole.core.indexes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IndexServiceTest {
    private final ExecutorService builds = Executors.newSingleThreadExecutor();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stop() {
        builds.shutdownNow();
        timer.shutdownNow();
    }

    private IndexService service(InMemoryIndexGateway gateway) {
        return new IndexService(gateway, new IndexJobQueue(gateway, builds, timer, Clock.systemUTC(),
                Duration.ofMillis(10)));
    }

    @Test
    void applyBuildsWhatIsMissingAndASecondApplyCreatesNothing() throws Exception {
        InMemoryIndexGateway gateway = new InMemoryIndexGateway(false, "va_table", "system_configs", "ccva_results");
        IndexService service = service(gateway);

        ApplyResult first = service.apply(IndexPlanFile.defaults(), Duration.ofSeconds(30));

        assertEquals(List.of("va_table [status]", "va_table [submissiondate, status]", "system_configs [type]",
                "system_configs [last_sync_date]", "ccva_results [created_at]", "ccva_results [task_id, status]"),
                first.created().stream().map(IndexServiceTest::describe).toList());
        assertTrue(first.existing().isEmpty());
        assertTrue(first.ok());
        assertEquals(List.of("va_table [submissiondate]", "va_table [_key]", "ccva_results [task_id]"),
                first.skipped().stream().map(IndexServiceTest::describe).toList());

        ApplyResult second = service.apply(IndexPlanFile.defaults(), Duration.ofSeconds(30));

        assertTrue(second.created().isEmpty());
        assertEquals(6, second.existing().size());
        assertTrue(second.existing().stream().allMatch(e -> e.name() != null));
        assertEquals(0, service.diff(IndexPlanFile.defaults(), false).missing().size());
    }

    @Test
    void applySkipsAMissingCollectionAndReportsFailuresInJson() throws Exception {
        InMemoryIndexGateway gateway = new InMemoryIndexGateway(false, "va_table", "ccva_results")
                .withDuplicates("va_table", List.of("instanceid"));
        IndexPlan plan = new IndexPlan(List.of(
                new CollectionPlan("va_table", List.of(PlannedIndex.on("status"),
                        new PlannedIndex(List.of("instanceid"), true, false, null, true, false, List.of()))),
                new CollectionPlan("system_configs", List.of(PlannedIndex.on("type")))));

        ApplyResult result = service(gateway).apply(plan, Duration.ofSeconds(30));

        JsonNode json = new ObjectMapper().readTree(result.toJson());
        assertEquals("va_table", json.at("/created/0/collection").asText());
        assertEquals("status", json.at("/created/0/fields/0").asText());
        assertEquals("Cannot create the unique index on va_table [instanceid]: some documents share the same values.",
                json.at("/failed/0/message").asText());
        assertEquals("system_configs", json.at("/skipped/0/collection").asText());
        assertEquals("collection system_configs does not exist; skipped, the rest of the plan still applies",
                json.at("/skipped/0/message").asText());
        assertEquals(0, json.get("existing").size());
    }

    private static String describe(ApplyEntry e) {
        return e.collection() + " [" + String.join(", ", e.fields()) + "]";
    }
}
