package io.arangoconsole.core.monitoring;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AlertRulesTest {
    private static final Instant T0 = Instant.parse("2026-11-27T04:00:00Z");
    private static final String HIT = SeriesNames.CACHE_HIT_RATE_RECENT;

    private final ThresholdRule lowHitRate = new ThresholdRule("hit", null, HIT, Comparison.BELOW, 0.8, 300);

    @Test
    void firesOnlyAfterTheConditionHeldLongEnoughAndClearsOnce() {
        AlertRules alerts = new AlertRules(List.of(lowHitRate));
        List<AlertEvent> events = new java.util.ArrayList<>();

        // Polled every 10 s: healthy for a minute, then under 0.8 for 7 minutes, then healthy again.
        for (int s = 0; s <= 60 * 10; s += 10) {
            double rate = s < 60 || s >= 480 ? 0.95 : 0.7;
            events.addAll(alerts.evaluate(T0.plusSeconds(s), Map.of(HIT, rate)));
        }

        assertEquals(2, events.size(), "one FIRED and one CLEARED, no repeats: " + events);
        AlertEvent fired = events.get(0);
        assertEquals(AlertEvent.Transition.FIRED, fired.transition());
        assertEquals(T0.plusSeconds(60 + 300), fired.at());
        assertEquals(0.7, fired.value());
        assertEquals(lowHitRate, fired.rule());
        AlertEvent cleared = events.get(1);
        assertEquals(AlertEvent.Transition.CLEARED, cleared.transition());
        assertEquals(T0.plusSeconds(480), cleared.at());
        assertTrue(alerts.firing().isEmpty());
    }

    @Test
    void aShortDipDoesNotFire() {
        AlertRules alerts = new AlertRules(List.of(lowHitRate));

        assertTrue(alerts.evaluate(T0, Map.of(HIT, 0.5)).isEmpty());
        assertTrue(alerts.evaluate(T0.plusSeconds(290), Map.of(HIT, 0.5)).isEmpty());
        assertTrue(alerts.evaluate(T0.plusSeconds(295), Map.of(HIT, 0.9)).isEmpty());
        assertTrue(alerts.evaluate(T0.plusSeconds(400), Map.of(HIT, 0.5)).isEmpty(), "the clock starts again");
        assertEquals(1, alerts.evaluate(T0.plusSeconds(700), Map.of(HIT, 0.5)).size());
    }

    @Test
    void missingSamplesChangeNothing() {
        ThresholdRule p95 = ThresholdRule.aqlP95Above(200, Duration.ZERO);
        AlertRules alerts = new AlertRules(List.of(p95));

        assertEquals(AlertEvent.Transition.FIRED,
                alerts.evaluate(T0, Map.of(SeriesNames.AQL_P95_MS, 250.0)).get(0).transition());
        assertTrue(alerts.evaluate(T0.plusSeconds(1), Map.of()).isEmpty());
        assertTrue(alerts.evaluate(T0.plusSeconds(2), Map.of(SeriesNames.AQL_P95_MS, Double.NaN)).isEmpty());
        assertEquals(List.of(p95), alerts.firing());
        assertEquals(AlertEvent.Transition.CLEARED,
                alerts.evaluate(T0.plusSeconds(3), Map.of(SeriesNames.AQL_P95_MS, 150.0)).get(0).transition());
    }

    @Test
    void endpointDownAndSlowQueries() {
        EndpointDownRule replicaDown = EndpointDownRule.of("replica", Duration.ofSeconds(30));
        ThresholdRule slow = ThresholdRule.slowQueriesPerMinuteAbove(10, Duration.ofMinutes(1));
        AlertRules alerts = new AlertRules(List.of(replicaDown, slow));
        String up = SeriesNames.endpointUp("replica");

        assertTrue(alerts.evaluate(T0, Map.of(up, 0.0, SeriesNames.SLOW_QUERIES_PER_MIN, 12.0)).isEmpty());
        List<AlertEvent> at30 = alerts.evaluate(T0.plusSeconds(30),
                Map.of(up, 0.0, SeriesNames.SLOW_QUERIES_PER_MIN, 12.0));
        List<AlertEvent> at60 = alerts.evaluate(T0.plusSeconds(60),
                Map.of(up, 1.0, SeriesNames.SLOW_QUERIES_PER_MIN, 15.0));

        assertEquals(List.of(replicaDown), at30.stream().map(AlertEvent::rule).toList());
        assertEquals(2, at60.size());
        assertEquals(AlertEvent.Transition.CLEARED, at60.get(0).transition());
        assertEquals(AlertEvent.Transition.FIRED, at60.get(1).transition());
        assertEquals("replica down for 30 s", replicaDown.name());
        assertEquals("server.aql.slow_queries_per_min above 10 for 1 min", slow.name());
    }

    @Test
    void savingUnchangedRulesKeepsTheirStateAndEditedOnesStartAfresh() {
        AlertRules alerts = new AlertRules(List.of(lowHitRate));
        alerts.evaluate(T0, Map.of(HIT, 0.5));
        alerts.evaluate(T0.plusSeconds(300), Map.of(HIT, 0.5));

        alerts.setRules(List.of(lowHitRate));
        assertTrue(alerts.evaluate(T0.plusSeconds(310), Map.of(HIT, 0.5)).isEmpty(), "no second FIRED");

        ThresholdRule stricter = new ThresholdRule("hit", null, HIT, Comparison.BELOW, 0.9, 0);
        alerts.setRules(List.of(stricter));
        assertEquals(AlertEvent.Transition.FIRED,
                alerts.evaluate(T0.plusSeconds(320), Map.of(HIT, 0.85)).get(0).transition());
        assertThrows(IllegalArgumentException.class, () -> alerts.setRules(List.of(lowHitRate, stricter)));
    }

    record SettingsDto(List<AlertRule> alertRules) {
    }

    @Test
    void rulesRoundTripThroughJacksonForTheSettings() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        SettingsDto settings = new SettingsDto(List.of(lowHitRate, new EndpointDownRule("r", "Replica gone",
                "replica", 60)));

        String json = mapper.writeValueAsString(settings);
        SettingsDto back = mapper.readValue(json, SettingsDto.class);

        assertEquals(settings, back);
        assertTrue(json.contains("\"kind\":\"threshold\"") && json.contains("\"kind\":\"endpointDown\""), json);
        AlertRule fromOlderFile = mapper.readValue("{\"kind\":\"threshold\",\"id\":\"x\",\"series\":\"s\","
                + "\"comparison\":\"ABOVE\",\"threshold\":3,\"forSeconds\":0,\"addedLater\":true}", AlertRule.class);
        assertEquals("s above 3", fromOlderFile.name());
    }

    @Test
    void badRulesAreRefusedWithAClearMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ThresholdRule("x", null, " ", Comparison.ABOVE, 1, 0));
        assertEquals("series must not be empty", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ThresholdRule("x", null, HIT, Comparison.ABOVE,
                Double.NaN, 0));
        assertThrows(IllegalArgumentException.class, () -> new EndpointDownRule("x", null, "primary", -1));
    }
}
