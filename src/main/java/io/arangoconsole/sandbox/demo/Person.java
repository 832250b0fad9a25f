package io.arangoconsole.sandbox.demo;

import java.util.SplittableRandom;

/** The deceased of one verbal autopsy: name, sex, birth and death dates, and the age group the WHO form branches on. */
record Person(String firstName, String surname, boolean male, long bornMillis, long diedMillis, int ageInYears,
              long ageInDays) {

    /** WHO VA age groups: neonate under 28 days, child under 12 years, adult otherwise. */
    String ageGroup() {
        if (ageInDays < 28) {
            return "neonate";
        }
        return ageInYears < 12 ? "child" : "adult";
    }

    /** A deceased who died some days or weeks before the interview, with an age mix typical of VA surveillance. */
    static Person random(long interviewMillis, SplittableRandom random) {
        boolean male = random.nextInt(100) < 53;
        String first = Vocabulary.pick(male ? Vocabulary.MALE_NAMES : Vocabulary.FEMALE_NAMES, random);
        String surname = Vocabulary.pick(Vocabulary.SURNAMES, random);
        long died = interviewMillis - (14L + random.nextInt(180)) * 86_400_000L - random.nextInt(86_400) * 1000L;
        int group = random.nextInt(100);
        long ageDays;
        if (group < 8) {
            ageDays = random.nextInt(28);
        } else if (group < 22) {
            ageDays = 28 + random.nextInt(12 * 365 - 28);
        } else {
            ageDays = (12 + (long) Math.min(88, Math.abs(random.nextGaussian() * 22 + 50))) * 365
                    + random.nextInt(365);
        }
        long born = died - ageDays * 86_400_000L;
        return new Person(first, surname, male, born, died, (int) (ageDays / 365), ageDays);
    }
}
