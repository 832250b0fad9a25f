package io.arangoconsole.sandbox.demo;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The free-text narrative of a verbal autopsy (question Id10476), assembled from phrases that agree with the
 * record's coded answers, so a demo reader sees text consistent with the yes/no fields beside it.
 */
final class Narratives {
    private static final List<String> OPENINGS = List.of(
            "According to the respondent, ", "The respondent reported that ", "As narrated by the family, ",
            "The informant explained that ");

    private static final List<String> CARE = List.of(
            "The family first bought medicine from a local shop, but there was no improvement. ",
            "They consulted a traditional healer before going to the health centre. ",
            "The deceased was taken to the nearest dispensary and was given tablets and an injection. ",
            "Transport to the hospital was difficult because of the rains and the bad road. ",
            "At the hospital the deceased was admitted and put on a drip, and blood tests were done. ",
            "The family could not afford the referral to the county hospital. ");

    private static final List<String> ENDINGS = List.of(
            "The condition worsened over the last two days and death occurred in the early morning.",
            "The deceased died peacefully at night while the family was present.",
            "Death occurred shortly after arrival at the facility, before treatment could start.",
            "The respondent did not know what the doctors said was the cause of death.",
            "A death certificate was not issued and the burial took place within three days.");

    private static final List<String> OCCUPATIONS = List.of(
            "a small-scale farmer", "a trader at the local market", "a boda boda rider", "a fisherman",
            "a primary school teacher", "a casual labourer", "a tailor", "a housewife who also kept poultry");

    private Narratives() {
    }

    /** A narrative of roughly 400 to 900 characters. */
    static String of(Person p, Symptoms s, String placeOfDeath, String village, String relationship,
                     SplittableRandom random) {
        StringBuilder sb = new StringBuilder(900);
        String he = p.male() ? "he" : "she";
        String his = p.male() ? "his" : "her";
        sb.append(Vocabulary.pick(OPENINGS, random)).append("the deceased, ").append(p.firstName()).append(' ')
                .append(p.surname()).append(", was ").append(describeAge(p)).append(" who had been unwell for about ")
                .append(s.illnessDays()).append(s.illnessDays() == 1 ? " day" : " days").append(". ");
        if (p.ageGroup().equals("adult")) {
            sb.append(capital(he)).append(" lived in ").append(village).append(" with ").append(2 + random.nextInt(7))
                    .append(" other household members and worked as ").append(Vocabulary.pick(OCCUPATIONS, random))
                    .append(". ");
        } else {
            sb.append(capital(he)).append(" lived with ").append(his).append(" parents in ").append(village)
                    .append(" and had been growing well until the illness started. ");
        }
        sb.append("The information was given by the ").append(relationship.replace('_', ' '))
                .append(" of the deceased, who took care of ").append(p.male() ? "him" : "her")
                .append(" during the illness. ");
        sb.append("During the illness ").append(he).append(" had ").append(s.complaintList()).append(". ");
        if (s.has("id10168")) {
            sb.append(capital(he)).append(" complained of pain in the chest, especially when breathing in. ");
        }
        if (s.has("id10294")) {
            sb.append("The family noticed that ").append(he).append(" had lost a lot of weight in the months before ")
                    .append(his).append(" death. ");
        }
        if (s.has("id10077")) {
            sb.append("The death followed an injury; ").append(he)
                    .append(" was hit by a motorbike while walking along the main road. ");
        }
        sb.append(Vocabulary.pick(CARE, random));
        if (random.nextBoolean()) {
            sb.append(Vocabulary.pick(CARE, random));
        }
        sb.append(deathPlace(placeOfDeath));
        sb.append(Vocabulary.pick(ENDINGS, random));
        return sb.toString();
    }

    private static String deathPlace(String code) {
        switch (code) {
            case "home":
                return "The death occurred at home. ";
            case "hospital":
                return "The death occurred in the hospital ward. ";
            case "other_health_facility":
                return "The death occurred at a health facility. ";
            case "on_route_to_hospital_or_facility":
                return "The death occurred on the way to the hospital. ";
            case "dk":
                return "The respondent was not sure where the death occurred. ";
            default:
                return "The death occurred away from home, at a relative's house. ";
        }
    }

    private static String describeAge(Person p) {
        if (p.ageInDays() < 28) {
            return "a newborn " + (p.male() ? "boy" : "girl") + " aged " + p.ageInDays() + " days";
        }
        if (p.ageInYears() < 12) {
            return "a " + p.ageInYears() + " year old " + (p.male() ? "boy" : "girl");
        }
        return "a " + p.ageInYears() + " year old " + (p.male() ? "man" : "woman");
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
