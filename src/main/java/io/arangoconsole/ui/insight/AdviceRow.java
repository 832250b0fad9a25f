package io.arangoconsole.ui.insight;

import io.arangoconsole.core.insight.IndexAdvice;

/** A proposed index as the advice table shows it, with what "Build and prove" found so far ("" before). */
public record AdviceRow(IndexAdvice advice, String proof) {

    public String id() {
        return advice.collection() + "\u0000" + String.join("\u0000", advice.fields());
    }
}
