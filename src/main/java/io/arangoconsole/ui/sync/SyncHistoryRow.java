package io.arangoconsole.ui.sync;

import io.arangoconsole.core.sync.SyncResult;
import io.arangoconsole.core.sync.SyncSpec;
import io.arangoconsole.ui.common.Formats;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A finished run in the History table. {@code spec} is known for runs of this session and for earlier runs the
 * history recorded with their settings, which can then be verified again on demand; a run recorded without them
 * (by an earlier version) only shows what it recorded.
 */
public final class SyncHistoryRow {

    private final SyncResult result;
    private final SyncSpec spec;
    private final StringProperty verification = new SimpleStringProperty(this, "verification");

    SyncHistoryRow(SyncResult result, SyncSpec spec) {
        this.result = result;
        this.spec = spec;
        verification.set(result.verification() == null ? "not verified" : shortText(result));
    }

    private static String shortText(SyncResult r) {
        return r.verification().equal() ? "equal" : "differs: " + String.join(", ",
                r.verification().firstDifferingKeys());
    }

    public SyncResult result() {
        return result;
    }

    /** How to run or verify this sync again; null for a run recorded without its settings. */
    public SyncSpec spec() {
        return spec;
    }

    public String start() {
        return Formats.time(result.start());
    }

    public String end() {
        return Formats.time(result.end());
    }

    /** For the start's tooltip: both ends of the run, with the zone. */
    public String when() {
        return "started " + Formats.zoned(result.start()) + "\nended " + Formats.zoned(result.end());
    }

    public String read() {
        return Formats.count(result.read());
    }

    public String written() {
        return Formats.count(result.written());
    }

    public String rejected() {
        return Formats.count(result.rejected());
    }

    public String duration() {
        return Formats.duration(result.duration());
    }

    /** For the duration's tooltip: "1 s, 2,261 documents/s". */
    public String durationAndPace() {
        return duration() + ", " + Formats.count(Math.round(result.docsPerSecond())) + " documents/s";
    }

    /** Short, for the Job column: {@code export.jsonl → va_table (succeeded)}. */
    public String job() {
        return JobNames.title(result.source(), result.target()) + " (" + state() + ")";
    }

    /** In full, for the Job column's tooltip. */
    public String jobDescription() {
        return result.source() + " \u2192 " + result.target() + " (" + state() + ")";
    }

    private String state() {
        return result.state().name().toLowerCase(Locale.ROOT);
    }

    /** "equal", "differs: k1, k2", "not verified", or what the last "Verify now" found. */
    public ReadOnlyStringProperty verificationProperty() {
        return verification;
    }

    void showVerification(String text) {
        verification.set(text);
    }

    /**
     * A "Verify now" that could not reach a side: what the run itself found stays shown ("equal" is still the
     * last thing known), with why it could not be checked again.
     */
    void showVerificationFailed(String sentence) {
        String stored = result.verification() == null ? "not verified" : shortText(result);
        verification.set(stored + "; could not verify now: " + sentence);
    }
}
