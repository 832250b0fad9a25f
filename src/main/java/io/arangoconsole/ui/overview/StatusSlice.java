package io.arangoconsole.ui.overview;

/** One bar of the status breakdown: a status value and how many documents have it. */
public record StatusSlice(String status, long count) {
}
