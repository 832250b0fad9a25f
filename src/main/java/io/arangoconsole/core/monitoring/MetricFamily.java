package io.arangoconsole.core.monitoring;

import java.util.List;

/**
 * All samples of one metric as the page declares it: for a histogram the family {@code x} holds the samples
 * {@code x_bucket}, {@code x_sum} and {@code x_count}. {@code help} is empty when the page has no HELP line.
 */
public record MetricFamily(String name, MetricType type, String help, List<Sample> samples) {
}
