package io.arangoconsole.sandbox.demo;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The word lists behind the demo records: fictional places of a surveillance area, names, and the coded answers of
 * the WHO verbal autopsy questionnaire. Fictional on purpose: the demo must never look like real people's data.
 */
final class Vocabulary {

    /** A region with its districts and the centre of its GPS cloud. */
    record Region(String name, String code, List<String> districts, double latitude, double longitude) {
    }

    static final List<Region> REGIONS = List.of(
            new Region("Lake Basin", "LB", List.of("Nyamira East", "Kosele", "Rachuonyo North", "Ogembo"),
                    -0.52, 34.61),
            new Region("Northern Highlands", "NH", List.of("Kapsabet", "Lelmokwo", "Chepterit"), 0.21, 35.10),
            new Region("Coastal Plain", "CP", List.of("Mwabungo", "Kinango", "Vipingo", "Mariakani"), -4.05, 39.52),
            new Region("Central Valley", "CV", List.of("Githunguri", "Kandara", "Murang'a South"), -0.95, 36.95),
            new Region("Eastern Savanna", "ES", List.of("Kibwezi", "Makindu", "Mtito"), -2.25, 38.02),
            new Region("Western Hills", "WH", List.of("Butere", "Mumias West", "Khwisero", "Shinyalu"), 0.28, 34.70));

    static final List<String> FACILITY_KINDS = List.of(
            "District Hospital", "Health Centre", "Sub-County Hospital", "Dispensary", "Mission Hospital");

    static final List<String> MALE_NAMES = List.of(
            "Otieno", "Kamau", "Juma", "Baraka", "Kiprono", "Mwangi", "Omondi", "Hassan", "Daniel", "Peter",
            "Joseph", "Samuel", "Emmanuel", "Wafula", "Kipchoge", "Ochieng", "Mutua", "Onyango", "Abdi", "Francis");

    static final List<String> FEMALE_NAMES = List.of(
            "Achieng", "Wanjiru", "Amina", "Nafula", "Chebet", "Akinyi", "Grace", "Mary", "Esther", "Faith",
            "Zawadi", "Halima", "Atieno", "Njeri", "Jepkemboi", "Mercy", "Rose", "Wairimu", "Nekesa", "Lucy");

    static final List<String> SURNAMES = List.of(
            "Odhiambo", "Kariuki", "Wekesa", "Mohamed", "Rotich", "Njoroge", "Okoth", "Mutiso", "Barasa", "Kiplagat",
            "Owino", "Ndungu", "Chege", "Were", "Langat", "Kilonzo", "Oduor", "Maina", "Simiyu", "Kosgei");

    static final List<String> INTERVIEWERS = List.of(
            "Beatrice Auma", "Collins Kiptoo", "Dorcas Wambui", "Eric Ouma", "Fatuma Said", "George Mutai",
            "Irene Nasimiyu", "Josephine Mumbua", "Kevin Omollo", "Lilian Jebet", "Moses Kahindi", "Nancy Akoth",
            "Patrick Njuguna", "Rehema Bakari", "Stephen Odera", "Tabitha Wanza", "Victor Lusweti", "Winnie Chelangat",
            "Yusuf Abdalla", "Zipporah Moraa", "Brian Kimani", "Caroline Adhiambo", "Dennis Mwakio", "Evelyn Nduta");

    static final List<String> RELATIONSHIPS = List.of(
            "spouse", "parent", "child", "sibling", "other_family_member", "friend", "health_worker", "neighbour");

    static final List<String> PLACES_OF_DEATH = List.of(
            "home", "home", "home", "hospital", "hospital", "other_health_facility", "on_route_to_hospital_or_facility",
            "other", "dk");

    static final List<String> MARITAL = List.of("married", "married", "single", "widowed", "divorced", "dk");

    static final List<String> EDUCATION = List.of(
            "no_formal_education", "primary_school", "primary_school", "secondary_school", "higher_than_secondary",
            "dk");

    static final List<String> SEASONS = List.of("wet", "dry", "dk");
    static final List<String> LEVELS = List.of("h", "l", "v");
    static final List<String> REVIEW_STATES = List.of("approved", "hasIssues", "edited", "rejected");

    /** Form versions deployed over time: later submissions use later versions. */
    static final List<String> FORM_VERSIONS = List.of("2020120301", "2021091502", "2022011401", "2023062001",
            "2024030501", "2025021101");

    private Vocabulary() {
    }

    static <T> T pick(List<T> list, SplittableRandom random) {
        return list.get(random.nextInt(list.size()));
    }

    /** "yes" with probability {@code yes}, a few "dk" (don't know), the rest "no". */
    static String yesNo(double yes, SplittableRandom random) {
        double r = random.nextDouble();
        if (r < yes) {
            return "yes";
        }
        return r < yes + 0.04 ? "dk" : "no";
    }
}
