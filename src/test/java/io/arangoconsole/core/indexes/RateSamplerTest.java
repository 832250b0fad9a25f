package io.arangoconsole.core.indexes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Where no monitoring runs (the command line), the rate comes from reading the metrics page: the requests counted
 * between two reads over the time between them, on the caller's clock; a failed read or a page that counts no
 * requests makes the rate unknown (busy), and the first read says why.
 */
class RateSamplerTest {
    private final WindowFixture fx = WindowFixture.clockAt(Instant.parse("2026-12-04T10:00:00Z"));
    private final RequestRate rate = new RequestRate(fx.clock, Duration.ofSeconds(20));
    private long requests = 1_000;
    private boolean fail;

    private byte[] page() {
        if (fail) {
            throw new IllegalStateException("connection refused");
        }
        return ("# TYPE arangodb_http_request_statistics_total_requests_total counter\n"
                + "arangodb_http_request_statistics_total_requests_total{role=\"SINGLE\"} " + requests + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theRateIsTheRequestsBetweenTwoReadsOverTheTimeBetweenThem() throws Exception {
        RateSampler sampler = new RateSampler(this::page, fx.clock, rate);
        sampler.sampleOrThrow();
        assertTrue(Double.isNaN(rate.getAsDouble()), "one read: no rate yet");

        fx.advance(Duration.ofSeconds(10));
        requests += 250;
        sampler.sample();
        assertEquals(25.0, rate.getAsDouble(), 1e-9);

        fail = true;
        fx.advance(Duration.ofSeconds(10));
        sampler.sample();
        assertTrue(Double.isNaN(rate.getAsDouble()), "a failed read: unknown, so busy");
    }

    @Test
    void aPageThatCountsNoRequestsFailsTheFirstRead() {
        RateSampler sampler = new RateSampler(() -> "# TYPE other gauge\nother 1\n".getBytes(StandardCharsets.UTF_8),
                fx.clock, rate);
        IllegalStateException e = assertThrows(IllegalStateException.class, sampler::sampleOrThrow);
        assertEquals("its metrics do not count HTTP requests "
                + "(arangodb_http_request_statistics_total_requests_total)", e.getMessage());
        assertTrue(Double.isNaN(rate.getAsDouble()));
    }
}
