package org.hotspotatlas.export.brief;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

import org.hotspotatlas.core.model.PartialDate;

/** English wording the brief's content shares: counts in words, lists, dates, quotes. */
final class Wording {
    private static final String[] NUMBERS = {"no", "one", "two", "three", "four", "five", "six", "seven",
        "eight", "nine", "ten", "eleven", "twelve"};

    private Wording() {}

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

    /** @return the text with its first letter upper-cased */
    static String capital(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    /** @return every word upper-cased at its first letter: "East Asia" */
    static String title(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean start = true;
        for (char c : s.toCharArray()) {
            sb.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ';
        }
        return sb.toString();
    }

    /** @return a name as it reads inside a sentence: "The Arctic" becomes "the Arctic" */
    static String mid(String name) {
        return name.startsWith("The ") ? "the " + name.substring(4) : name;
    }

    /** @return names joined for a sentence, each as it reads inside one */
    static String joinMid(List<String> names) {
        return join(names.stream().map(Wording::mid).toList());
    }

    /** @return the text in typographic double quotes */
    static String quote(String s) {
        return "\u201C" + s + "\u201D";
    }

    /** @return straight quotes and apostrophes turned typographic */
    static String typographic(String s) {
        if (s == null || s.indexOf('"') < 0 && s.indexOf('\'') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean opening = i == 0 || Character.isWhitespace(s.charAt(i - 1)) || "([{\u2014\u2013".indexOf(s.charAt(i - 1)) >= 0;
            if (c == '"') {
                sb.append(opening ? '\u201C' : '\u201D');
            } else if (c == '\'') {
                sb.append(opening ? '\u2018' : '\u2019');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** @return "2019", "Jun 2019", "5 Jun 2019", "5–7 Jun 2019" */
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

    /** @return "5 Jun 2019" */
    static String date(LocalDate d) {
        return day(d) + " " + d.getYear();
    }

    private static String day(LocalDate d) {
        return d.getDayOfMonth() + " " + month(d.getMonthValue());
    }

    private static String month(int m) {
        return java.time.Month.of(m).getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }
}
