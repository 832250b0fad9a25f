package io.arangoconsole.core.indexes;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IndexPlanFileTest {

    @Test
    void defaultPlanIsTheUsersListAsWritten() {
        IndexPlan plan = IndexPlanFile.defaults();
        assertEquals(List.of("va_table", "system_configs", "ccva_results"),
                plan.collections().stream().map(CollectionPlan::collection).toList());
        assertEquals(List.of(List.of("submissiondate"), List.of("status"), List.of("_key"),
                List.of("submissiondate", "status")), fields(plan, "va_table"));
        assertEquals(List.of(List.of("type"), List.of("last_sync_date")), fields(plan, "system_configs"));
        assertEquals(List.of(List.of("task_id"), List.of("created_at"), List.of("task_id", "status")),
                fields(plan, "ccva_results"));
        PlannedIndex first = plan.collection("va_table").orElseThrow().indexes().get(0);
        assertEquals(PlannedIndex.on("submissiondate"), first);
    }

    @Test
    void sampleForUsersEqualsTheDefault() throws Exception {
        Path sample = Path.of("resources", "index-plan.sample.json");
        assertEquals(IndexPlanFile.defaults(), IndexPlanFile.read(sample));
    }

    @Test
    void everyOptionIsReadAndSurvivesASaveAndLoad(@TempDir Path dir) throws Exception {
        String json = """
                {"collections": {"users": [
                  {"type": "persistent", "fields": ["email"], "unique": true, "sparse": true, "name": "by_email",
                   "estimates": false, "cacheEnabled": true, "storedValues": ["name", "age"]}
                ]}}""";
        IndexPlan plan = IndexPlanFile.parse("p.json", json);
        PlannedIndex index = plan.collections().get(0).indexes().get(0);
        assertEquals(new PlannedIndex(List.of("email"), true, true, "by_email", false, true,
                List.of("name", "age")), index);
        Path file = dir.resolve("plan.json");
        IndexPlanFile.write(file, plan);
        assertEquals(plan, IndexPlanFile.read(file));
        IndexPlan defaults = IndexPlanFile.defaults();
        IndexPlanFile.write(file, defaults);
        assertEquals(defaults, IndexPlanFile.read(file));
        assertTrue(Files.readString(file).contains("{\"fields\": [\"submissiondate\", \"status\"]}"));
    }

    @Test
    void emptyFieldsAreRefusedWithLineColumnAndField() {
        String json = """
                {
                  "version": 1,
                  "collections": {
                    "va_table": [
                      {"fields": ["status"]},
                      {
                        "fields": [],
                        "unique": false
                      }
                    ]
                  }
                }""";
        PlanFormatException e = assertThrows(PlanFormatException.class,
                () -> IndexPlanFile.parse("index-plan.json", json));
        assertEquals("index-plan.json line 7, column 19: \"fields\" must be a non-empty array of attribute names",
                e.getMessage());
        assertEquals(7, e.line());
        assertEquals(19, e.column());
    }

    @Test
    void wrongTypesAndValuesAreRefusedWhereTheyStand() {
        assertProblem("{\"collections\": {\"c\": [{\"fields\": \"status\"}]}}", 1, 35,
                "\"fields\" must be a non-empty array of attribute names");
        assertProblem("{\"collections\": {\"c\": [{\"fields\": [\"a\", 3]}]}}", 1, 41,
                "\"fields\" must be a non-empty array of attribute names");
        assertProblem("{\"collections\": {\"c\": [{\"fields\": [\"a\"], \"unique\": \"yes\"}]}}", 1, 52,
                "\"unique\" must be true or false");
        assertProblem("{\"collections\": {\"c\": [{\"fields\": [\"a\"]}, {}]}}", 1, 43,
                "\"fields\" must be a non-empty array of attribute names");
        assertProblem("{\"collections\": {\"c\": [{\"fields\": [\"a\"], \"uniqe\": true}]}}", 1, 42,
                "unknown index option \"uniqe\" (expected fields, unique, sparse, name, estimates, cacheEnabled, "
                        + "storedValues)");
        assertProblem("{\"collections\": {\"c\": [{\"fields\": [\"a\"], \"type\": \"hash\"}]}}", 1, 50,
                "\"type\" must be \"persistent\", the only index type a plan builds");
        assertProblem("{\"collections\": {\"c\": {\"fields\": [\"a\"]}}}", 1, 23,
                "the indexes of \"c\" must be an array of index objects");
        assertProblem("{\"version\": 2, \"collections\": {}}", 1, 13, "\"version\" must be 1");
        assertProblem("{\"collections\": {\"c\": [{\"fields\": [\"a\"], \"storedValues\": [\"a\"]}]}}", 1, 58,
                "\"storedValues\" must not repeat an indexed field (\"a\")");
        assertProblem("{\"collections\": {\"c\": [{\"fields\": [\"a\", \"a\"]}]}}", 1, 41,
                "attribute \"a\" is listed twice");
        assertProblem("{\"collections\": {\"c\": [{\"fields\": [\"a\"], \"name\": \"\"}]}}", 1, 50,
                "\"name\" must be a non-empty string of at most 256 characters without '/'");
    }

    @Test
    void structuralMistakesAreRefused() {
        assertProblem("{}", 1, 1, "\"collections\" is missing: it maps each collection name to its list of indexes");
        assertProblem("[]", 1, 1, "the plan must be a JSON object with \"collections\"");
        assertProblem("", 1, 1, "the file is empty; expected an object with \"collections\"");
        assertProblem("{\"collections\": {\"c\": [], \"c\": []}}", 1, 27, "collection \"c\" is listed twice");
        assertProblem("{\"collections\": {\"a/b\": []}}", 1, 18, "\"a/b\" is not a valid collection name");
        assertProblem("{\"collections\": {\"c\": [{\"fields\": [\"a\"]},\n {\"fields\": [\"a\"], \"name\": \"x\"}]}}",
                2, 2, "the index on c [a] repeats the one on line 1");
        assertProblem("{\"collections\": {\"c\": [{\"fields\": [\"a\"], \"name\": \"x\"},\n {\"fields\": [\"b\"], "
                + "\"name\": \"x\"}]}}", 2, 2, "the index name \"x\" is already used on line 1");
        assertProblem("{\"colections\": {}}", 1, 2,
                "unknown key \"colections\" (a plan has \"version\", \"description\" and \"collections\")");
    }

    @Test
    void brokenJsonIsRefusedWithItsLocation() {
        PlanFormatException e = assertThrows(PlanFormatException.class,
                () -> IndexPlanFile.parse("index-plan.json", "{\n  \"collections\": {\n    \"c\": [,]\n}}"));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().startsWith("index-plan.json line 3, column "), e.getMessage());
        assertTrue(e.problem().startsWith("not valid JSON: "), e.problem());
        assertFalse(e.problem().contains("[Source"), e.problem());
    }

    private static void assertProblem(String json, int line, int column, String problem) {
        PlanFormatException e = assertThrows(PlanFormatException.class, () -> IndexPlanFile.parse("p.json", json));
        assertEquals(problem, e.problem(), json);
        assertEquals(line + ":" + column, e.line() + ":" + e.column(), json + " -> " + e.getMessage());
    }

    private static List<List<String>> fields(IndexPlan plan, String collection) {
        return plan.collection(collection).orElseThrow().indexes().stream().map(PlannedIndex::fields).toList();
    }
}
