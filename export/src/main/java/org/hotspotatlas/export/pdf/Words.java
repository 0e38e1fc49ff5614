package org.hotspotatlas.export.pdf;

import java.awt.Color;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.hotspotatlas.core.model.CoordinationPattern;
import org.hotspotatlas.core.model.Likelihood;
import org.hotspotatlas.core.model.Locator;
import org.hotspotatlas.core.model.PartialDate;
import org.hotspotatlas.core.model.UsAlignment;
import org.hotspotatlas.core.model.Vocabulary;

/** Wording shared by the brief's parts: labels for vocabulary terms, dates, counts, citations. */
final class Words {

    private static final String[] NUMBERS = {"no", "one", "two", "three", "four", "five", "six", "seven",
        "eight", "nine", "ten", "eleven", "twelve"};

    private Words() {}

    /**
     * @return the term's label for use inside a sentence: "joint action" for JOINT_ACTION; a label that
     *         starts with an abbreviation ("UN voting", "U.S. officials") keeps its capitals
     */
    static String label(Vocabulary term) {
        String l = term.label();
        if (l.length() > 1 && (Character.isUpperCase(l.charAt(1)) || l.charAt(1) == '.')) {
            return l;
        }
        return l.substring(0, 1).toLowerCase(Locale.ROOT) + l.substring(1);
    }

    /** @return the term's display label, as the core defines it: "East Asia" */
    static String title(Vocabulary term) {
        return term.label();
    }

    /** @return the label with its first letter upper-cased */
    static String capital(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    static String alignment(UsAlignment a) {
        return switch (a) {
            case ALIGNED -> "aligned with U.S. interests";
            case PARTLY_ALIGNED -> "partly aligned with U.S. interests";
            case MIXED -> "mixed for U.S. interests";
            case COUNTER -> "counter to U.S. interests";
            case UNSTATED -> "not assessed by the source";
        };
    }

    /** @return a short alignment label for tables: the term's label */
    static String alignmentShort(UsAlignment a) {
        return a.label();
    }

    static Color alignmentColor(UsAlignment a) {
        return switch (a) {
            case ALIGNED -> new Color(0x1B, 0x78, 0x37);
            case PARTLY_ALIGNED -> new Color(0x5A, 0xAE, 0x61);
            case MIXED -> new Color(0xE0, 0x82, 0x14);
            case COUNTER -> new Color(0xB2, 0x18, 0x2B);
            case UNSTATED -> new Color(0x8C, 0x8C, 0x8C);
        };
    }

    /** @return a pale tint of the alignment colour, for table cells holding dark text */
    static Color alignmentTint(UsAlignment a) {
        Color c = alignmentColor(a);
        return new Color(tint(c.getRed()), tint(c.getGreen()), tint(c.getBlue()));
    }

    private static int tint(int v) {
        return 255 - (255 - v) / 4;
    }

    static String pattern(CoordinationPattern p) {
        return label(p);
    }

    /** @return "likely (55–80 %)" */
    static String likelihood(Likelihood l) {
        return label(l) + " (" + l.minPercent() + "\u2013" + l.maxPercent() + " %)";
    }

    /** @return a count in words up to twelve, in digits above */
    static String count(int n) {
        return n >= 0 && n < NUMBERS.length ? NUMBERS[n] : Integer.toString(n);
    }

    /** @return "one hotspot" / "three hotspots" */
    static String count(int n, String singular, String plural) {
        return count(n) + " " + (n == 1 ? singular : plural);
    }

    /** @return "A", "A and B", "A, B and C" */
    static String join(List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** Above this many locators, a citation list is written compactly. */
    static final int COMPACT_ABOVE = 6;

    /**
     * @return the locators sorted, without repeats, as "¶4.2, ¶4.3"; a list longer than
     *         {@link #COMPACT_ABOVE} groups the sentences of one paragraph into runs: "¶4.1–3, ¶6"
     */
    static String cites(Collection<Locator> locators) {
        TreeSet<Locator> sorted = new TreeSet<>(locators);
        if (sorted.size() <= COMPACT_ABOVE) {
            return sorted.stream().map(Locator::toString).collect(Collectors.joining(", "));
        }
        List<String> out = new java.util.ArrayList<>();
        List<Locator> list = List.copyOf(sorted);
        int i = 0;
        while (i < list.size()) {
            Locator a = list.get(i);
            int j = i;
            while (!a.isWholeLine() && j + 1 < list.size() && list.get(j + 1).paragraph() == a.paragraph()
                    && list.get(j + 1).sentence() == list.get(j).sentence() + 1) {
                j++;
            }
            out.add(j == i ? a.toString() : a + "\u2013" + list.get(j).sentence());
            i = j + 1;
        }
        return String.join(", ", out);
    }

    static String date(PartialDate d) {
        if (d instanceof PartialDate.Year y) {
            return Integer.toString(y.year());
        }
        if (d instanceof PartialDate.Month m) {
            return month(m.month()) + " " + m.year();
        }
        if (d instanceof PartialDate.Day day) {
            return day(day.date()) + " " + day.date().getYear();
        }
        PartialDate.DayRange r = (PartialDate.DayRange) d;
        LocalDate a = r.first();
        LocalDate b = r.last();
        if (a.getYear() == b.getYear() && a.getMonth() == b.getMonth()) {
            return a.getDayOfMonth() + "\u2013" + day(b) + " " + b.getYear();
        }
        if (a.getYear() == b.getYear()) {
            return day(a) + " \u2013 " + day(b) + " " + b.getYear();
        }
        return day(a) + " " + a.getYear() + " \u2013 " + day(b) + " " + b.getYear();
    }

    private static String day(LocalDate d) {
        return d.getDayOfMonth() + " " + month(d.getMonthValue());
    }

    private static String month(int m) {
        return java.time.Month.of(m).getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }
}
