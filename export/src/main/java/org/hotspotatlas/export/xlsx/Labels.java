package org.hotspotatlas.export.xlsx;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.hotspotatlas.core.model.Likelihood;
import org.hotspotatlas.core.model.Locator;
import org.hotspotatlas.core.model.PartialDate;

/**
 * How the workbook writes dates, bands and locators inside text. Vocabulary terms are shown with
 * the labels core defines ({@code Vocabulary.label()}); nothing here gives data a meaning.
 */
final class Labels {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private Labels() {}

    /** @return the ICD 203 band, such as "55–80%" */
    static String band(Likelihood l) {
        return l.minPercent() + "\u2013" + l.maxPercent() + "%";
    }

    /** @return a date as a reader says it at its precision: "2019", "Feb 2019", "28 Feb 2019", "5–7 Jun 2019" */
    static String date(PartialDate d) {
        return switch (d.precision()) {
            case YEAR -> Integer.toString(d.start().getYear());
            case MONTH -> MONTH.format(d.start());
            case DAY -> DAY.format(d.start());
            case DAY_RANGE -> range(d.start(), d.end());
        };
    }

    private static String range(LocalDate a, LocalDate b) {
        if (a.getYear() == b.getYear() && a.getMonth() == b.getMonth()) {
            return a.getDayOfMonth() + "\u2013" + DAY.format(b);
        }
        return DAY.format(a) + " \u2013 " + DAY.format(b);
    }

    /** @return locators sorted, without repeats, joined with ", " */
    static String locators(Collection<Locator> locators) {
        if (locators.size() == 1) {
            return locators.iterator().next().toString();
        }
        SortedSet<Locator> sorted = new TreeSet<>(locators);
        return sorted.stream().map(Locator::toString).collect(Collectors.joining(", "));
    }

    /**
     * @return a count with its noun, singular for one: "1 hotspot", "2 hotspots", "0 claims"
     * @param noun the singular, which takes an "s" for the plural (every noun the workbook counts does)
     */
    static String count(long n, String noun) {
        return n + " " + (n == 1 ? noun : noun + "s");
    }

    /** @return a sentence without its closing full stop, to be set inside another sentence */
    static String clause(String sentence) {
        String s = sentence.strip();
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
