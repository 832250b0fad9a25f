package io.arangoconsole.sandbox.demo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arangoconsole.sandbox.store.Json;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * One {@code va_table} document: a verbal autopsy submission as an ODK server delivers it to the user's application
 * (instance id, submission metadata, interviewer and place, the deceased, WHO VA question codes, a narrative) plus
 * the application's own processing {@code status}. About 60 attributes and about 2 KB of JSON.
 */
final class SurveyRecords {
    static final String FORM_ID = "va_who_v1_5_3";
    private static final String[] STATUSES = {"pending", "processed", "coded", "error", "duplicate"};
    /** Cumulative percentages of {@link #STATUSES}: 60 / 25 / 10 / 4 / 1. */
    private static final int[] STATUS_CUMULATIVE = {60, 85, 95, 99, 100};

    /** What the CCVA results need to know about a record besides its JSON. */
    record Survey(ObjectNode doc, String key, String status, long submittedMillis, String ageGroup, boolean male) {
    }

    private SurveyRecords() {
    }

    /** The record submitted at {@code submittedMillis}, drawn from its own random stream. */
    static Survey build(long submittedMillis, SplittableRandom random) {
        String key = "uuid:" + new UUID((random.nextLong() & ~0xF000L) | 0x4000L,
                (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L);
        String status = status(random);
        int regionIndex = random.nextInt(Vocabulary.REGIONS.size());
        Vocabulary.Region region = Vocabulary.REGIONS.get(regionIndex);
        int districtIndex = random.nextInt(region.districts().size());
        String district = region.districts().get(districtIndex);
        int interviewer = interviewer(regionIndex, random);
        long end = submittedMillis - (60L + random.nextInt(3 * 86_400)) * 1000L;
        long start = end - (25L * 60 + random.nextInt(70 * 60)) * 1000L;
        Person p = Person.random(start, random);
        Symptoms symptoms = Symptoms.random(p.ageGroup(), random);
        String placeOfDeath = Vocabulary.pick(Vocabulary.PLACES_OF_DEATH, random);
        String relationship = p.ageGroup().equals("adult") ? Vocabulary.pick(Vocabulary.RELATIONSHIPS, random)
                : "parent";

        // sized for its ~60 attributes, so the map never rehashes
        ObjectNode d = new ObjectNode(Json.NODES, new LinkedHashMap<>(128));
        d.put("_key", key);
        d.put("instanceid", key);
        d.put("submissiondate", DemoClock.iso(submittedMillis));
        d.put("start", DemoClock.iso(start));
        d.put("end", DemoClock.iso(end));
        d.put("deviceid", "collect:" + deviceId(interviewer));
        d.put("form_id", FORM_ID);
        d.put("form_version", formVersion(submittedMillis));
        d.put("status", status);
        d.put("interviewer_id", "INT-" + (interviewer + 1 < 10 ? "00" : "0") + (interviewer + 1));
        d.put("interviewer_name", Vocabulary.INTERVIEWERS.get(interviewer));
        d.put("region", region.name());
        d.put("district", district);
        d.put("site", region.code() + "-" + (districtIndex + 1 < 10 ? "0" : "") + (districtIndex + 1));
        d.put("facility", district + " " + Vocabulary.FACILITY_KINDS.get(
                (districtIndex + random.nextInt(2)) % Vocabulary.FACILITY_KINDS.size()));
        d.put("gps", gps(region, random));
        d.put("id10002", Vocabulary.pick(Vocabulary.LEVELS, random));
        d.put("id10003", Vocabulary.pick(Vocabulary.LEVELS, random));
        d.put("id10004", Vocabulary.pick(Vocabulary.SEASONS, random));
        d.put("id10007", Vocabulary.pick(Vocabulary.FEMALE_NAMES, random) + " " + p.surname());
        d.put("id10008", relationship);
        d.put("id10009", Vocabulary.yesNo(0.8, random));
        d.put("id10012", DemoClock.date(start));
        d.put("id10013", "yes");
        d.put("id10017", p.firstName());
        d.put("id10018", p.surname());
        d.put("id10019", p.male() ? "male" : "female");
        d.put("id10020", Vocabulary.yesNo(0.75, random));
        d.put("id10021", DemoClock.date(p.bornMillis()));
        d.put("id10023", DemoClock.date(p.diedMillis()));
        d.put("ageinyears", p.ageInYears());
        d.put("ageindays", p.ageInDays());
        d.put("age_group", p.ageGroup());
        d.put("id10058", placeOfDeath);
        d.put("id10059", p.ageInYears() < 15 ? "too_young_to_be_married" : Vocabulary.pick(Vocabulary.MARITAL, random));
        d.put("id10063", p.ageInYears() < 5 ? "no_formal_education" : Vocabulary.pick(Vocabulary.EDUCATION, random));
        d.put("id10120", symptoms.illnessDays());
        symptoms.answers().forEach(d::put);
        d.put("id10476", Narratives.of(p, symptoms, placeOfDeath, district, relationship, random));
        d.put("language", random.nextInt(4) == 0 ? "sw" : "en");
        d.put("review_state", random.nextInt(5) < 3 ? null : Vocabulary.pick(Vocabulary.REVIEW_STATES, random));
        d.put("duration_seconds", (end - start) / 1000);
        return new Survey(d, key, status, submittedMillis, p.ageGroup(), p.male());
    }

    private static String status(SplittableRandom random) {
        int r = random.nextInt(100);
        for (int i = 0; i < STATUSES.length; i++) {
            if (r < STATUS_CUMULATIVE[i]) {
                return STATUSES[i];
            }
        }
        return STATUSES[0];
    }

    /** Interviewers work in one region each (interviewer i in region i mod 6). */
    private static int interviewer(int regionIndex, SplittableRandom random) {
        int perRegion = Vocabulary.INTERVIEWERS.size() / Vocabulary.REGIONS.size();
        return regionIndex + Vocabulary.REGIONS.size() * random.nextInt(perRegion);
    }

    /** Each interviewer keeps one tablet, so its id is a function of the interviewer. */
    private static String deviceId(int interviewer) {
        long h = (interviewer + 1) * 0x9E3779B97F4A7C15L;
        h ^= h >>> 29;
        return Long.toString(h & 0xFFFFFFFFFFFFL, 36);
    }

    private static String formVersion(long millis) {
        List<String> versions = Vocabulary.FORM_VERSIONS;
        double span = DemoClock.END_MILLIS - DemoClock.START_MILLIS;
        int i = (int) ((millis - DemoClock.START_MILLIS) / span * versions.size());
        return versions.get(Math.max(0, Math.min(versions.size() - 1, i)));
    }

    /** ODK geopoint: "latitude longitude altitude accuracy". */
    private static String gps(Vocabulary.Region region, SplittableRandom random) {
        double lat = region.latitude() + (random.nextDouble() - 0.5) * 0.6;
        double lon = region.longitude() + (random.nextDouble() - 0.5) * 0.6;
        StringBuilder sb = new StringBuilder(40);
        fixed(sb, lat, 6).append(' ');
        fixed(sb, lon, 6).append(' ');
        fixed(sb, 900 + random.nextDouble() * 1200, 1).append(' ');
        return fixed(sb, 3 + random.nextDouble() * 17, 1).toString();
    }

    /** {@code %.Nf} without {@link String#format}, which costs more than the rest of a record. */
    static StringBuilder fixed(StringBuilder sb, double value, int decimals) {
        long scale = 1;
        for (int i = 0; i < decimals; i++) {
            scale *= 10;
        }
        long scaled = Math.round(Math.abs(value) * scale);
        if (value < 0 && scaled != 0) {
            sb.append('-');
        }
        sb.append(scaled / scale).append('.');
        String fraction = Long.toString(scaled % scale);
        for (int i = fraction.length(); i < decimals; i++) {
            sb.append('0');
        }
        return sb.append(fraction);
    }
}
