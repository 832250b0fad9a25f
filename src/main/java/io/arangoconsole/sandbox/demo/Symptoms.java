package io.arangoconsole.sandbox.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The symptom block of a WHO verbal autopsy: question codes answered yes / no / dk, in form order, and the length
 * of the final illness. Prevalences are plausible, not epidemiology.
 */
record Symptoms(Map<String, String> answers, int illnessDays) {

    private record Question(String code, String complaint, double adult, double child) {
    }

    private static final List<Question> QUESTIONS = List.of(
            new Question("id10077", "an injury", 0.07, 0.05),
            new Question("id10147", "a fever", 0.40, 0.60),
            new Question("id10153", "a cough", 0.35, 0.40),
            new Question("id10159", "difficulty breathing", 0.30, 0.35),
            new Question("id10166", "fast breathing", 0.18, 0.30),
            new Question("id10168", "chest pain", 0.15, 0.03),
            new Question("id10181", "diarrhoea", 0.20, 0.35),
            new Question("id10188", "vomiting", 0.22, 0.30),
            new Question("id10194", "abdominal pain", 0.20, 0.12),
            new Question("id10207", "a severe headache", 0.15, 0.05),
            new Question("id10208", "a stiff neck", 0.05, 0.07),
            new Question("id10214", "periods of unconsciousness", 0.12, 0.10),
            new Question("id10219", "convulsions", 0.06, 0.15),
            new Question("id10233", "a skin rash", 0.06, 0.10),
            new Question("id10249", "swelling of the legs", 0.14, 0.04),
            new Question("id10261", "yellow eyes", 0.07, 0.05),
            new Question("id10265", "pale palms", 0.12, 0.15),
            new Question("id10294", "severe weight loss", 0.20, 0.10),
            new Question("id10411", "heavy drinking", 0.12, 0.0),
            new Question("id10412", "tobacco use", 0.15, 0.0),
            new Question("id10418", "care sought outside the home", 0.65, 0.60));

    /** The answers for a deceased of the given age group. */
    static Symptoms random(String ageGroup, SplittableRandom random) {
        boolean adult = ageGroup.equals("adult");
        Map<String, String> answers = new LinkedHashMap<>();
        for (Question q : QUESTIONS) {
            answers.put(q.code, Vocabulary.yesNo(adult ? q.adult : q.child, random));
        }
        int days = answers.get("id10077").equals("yes") ? random.nextInt(3) : 1 + random.nextInt(random.nextInt(10)
                < 7 ? 21 : 365);
        return new Symptoms(answers, days);
    }

    boolean has(String code) {
        return "yes".equals(answers.get(code));
    }

    /** "a fever, a cough and vomiting", or a phrase saying there were no clear complaints. */
    String complaintList() {
        List<String> yes = new ArrayList<>();
        for (Question q : QUESTIONS) {
            if (has(q.code) && !q.code.equals("id10418") && !q.code.equals("id10077")) {
                yes.add(q.complaint);
            }
        }
        if (yes.isEmpty()) {
            return "no complaints that the family could clearly describe";
        }
        if (yes.size() == 1) {
            return yes.get(0);
        }
        return String.join(", ", yes.subList(0, yes.size() - 1)) + " and " + yes.get(yes.size() - 1);
    }
}
