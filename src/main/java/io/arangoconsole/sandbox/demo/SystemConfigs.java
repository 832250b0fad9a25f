package io.arangoconsole.sandbox.demo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arangoconsole.sandbox.store.Collection;
import io.arangoconsole.sandbox.store.Json;
import io.arangoconsole.sandbox.store.WriteOptions;

/**
 * {@code system_configs}: the application's settings documents, one per {@code type}. The {@code sync} document's
 * {@code last_sync_date} is the newest submission, which is where the user's incremental sync resumes. No secrets:
 * credentials are referred to, never stored.
 */
final class SystemConfigs {
    private SystemConfigs() {
    }

    /** Writes the configuration documents for a data set whose newest submission is {@code lastSubmission}. */
    static void write(Collection collection, int records, long lastSubmissionMillis, long codedResults) {
        ObjectNode sync = doc("sync");
        sync.put("last_sync_date", DemoClock.iso(lastSubmissionMillis));
        sync.put("last_sync_status", "success");
        sync.put("records_synced", records);
        sync.put("source", "odk_central");
        sync.put("interval_minutes", 60);
        sync.put("batch_size", 1000);
        sync.put("updated_at", DemoClock.iso(DemoClock.clamp(lastSubmissionMillis + 900_000)));
        collection.insert(sync, WriteOptions.DEFAULT);

        ObjectNode odk = doc("odk_config");
        odk.put("url", "https://odk.example.org");
        odk.put("project_id", 3);
        odk.put("form_id", SurveyRecords.FORM_ID);
        odk.put("username", "va_sync");
        odk.put("credentials_ref", "vault:odk/va_sync");
        odk.put("api_version", "v1");
        odk.put("timeout_seconds", 120);
        collection.insert(odk, WriteOptions.DEFAULT);

        ObjectNode ccva = doc("ccva_config");
        ccva.put("algorithm", "InterVA5");
        ccva.put("hiv", "h");
        ccva.put("malaria", "l");
        ccva.put("batch_size", CcvaResults.BATCH);
        ccva.put("results_total", codedResults);
        ArrayNode algorithms = ccva.putArray("algorithms_available");
        algorithms.add("InterVA5").add("InSilicoVA");
        collection.insert(ccva, WriteOptions.DEFAULT);

        ObjectNode app = doc("app_settings");
        app.put("timezone", "Africa/Nairobi");
        app.put("language", "en");
        app.put("page_size", 50);
        app.put("dashboard_refresh_seconds", 300);
        ObjectNode features = app.putObject("features");
        features.put("data_quality_checks", true);
        features.put("duplicate_detection", true);
        features.put("export_csv", true);
        collection.insert(app, WriteOptions.DEFAULT);

        ObjectNode mapping = doc("field_mapping");
        mapping.put("deceased_sex", "id10019");
        mapping.put("date_of_death", "id10023");
        mapping.put("narrative", "id10476");
        mapping.put("place_of_death", "id10058");
        collection.insert(mapping, WriteOptions.DEFAULT);
    }

    private static ObjectNode doc(String type) {
        ObjectNode d = Json.object();
        d.put("_key", type);
        d.put("type", type);
        d.put("version", 1);
        return d;
    }
}
