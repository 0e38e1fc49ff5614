package org.hotspotatlas.core.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.regex.Matcher;

/**
 * A calendar date known only to some precision: a year, a month, a day, or a range of days.
 *
 * <p>Written forms follow ISO 8601: {@code 2019}, {@code 2019-04}, {@code 2019-06-05} and
 * {@code 2019-06-05/2019-06-07}. Every partial date covers an inclusive span of days from
 * {@link #start()} to {@link #end()}; dates order by start, then by end (the more precise first
 * when both start on the same day), then by {@link Precision} when they cover the same days, so
 * that the order is consistent with {@code equals}.
 */
public sealed interface PartialDate extends Comparable<PartialDate>
        permits PartialDate.Year, PartialDate.Month, PartialDate.Day, PartialDate.DayRange {

    /**
     * Tells how precisely this date is known: year, month, day or range of days.
     *
     * @return how precisely the date is known
     */
    Precision precision();

    /**
     * Gives the earliest day this date can mean.
     *
     * @return the first day the date covers
     */
    LocalDate start();

    /**
     * Gives the latest day this date can mean.
     *
     * @return the last day the date covers (inclusive)
     */
    LocalDate end();

    /**
     * Writes the date in its ISO 8601 form, as dataset files hold it.
     *
     * @return the ISO 8601 written form
     */
    @Override
    String toString();

    /**
     * Tells whether this date can fall in a range of days.
     *
     * @param from the first day of the range
     * @param to   the last day of the range (inclusive)
     * @return whether this date's span shares at least one day with the given inclusive span
     */
    default boolean overlaps(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        return !end().isBefore(from) && !start().isAfter(to);
    }

    /** Orders dates by their first day, then by their last day, then by precision. */
    @Override
    default int compareTo(PartialDate o) {
        int c = start().compareTo(o.start());
        if (c == 0) {
            c = end().compareTo(o.end());
        }
        // a month and the range of its days cover the same span but are different values
        return c != 0 ? c : precision().compareTo(o.precision());
    }

    /**
     * A year.
     *
     * @param year the year, 1 to 9999
     */
    record Year(int year) implements PartialDate {
        /**
         * Validates the year.
         *
         * @param year the year, 1 to 9999
         */
        public Year {
            checkYear(year);
        }

        @Override public Precision precision() { return Precision.YEAR; }
        @Override public LocalDate start() { return LocalDate.of(year, 1, 1); }
        @Override public LocalDate end() { return LocalDate.of(year, 12, 31); }
        @Override public String toString() { return Checks.digits(year, 4); }
    }

    /**
     * A month of a year.
     *
     * @param year  the year, 1 to 9999
     * @param month the month, 1 to 12
     */
    record Month(int year, int month) implements PartialDate {
        /**
         * Validates the fields.
         *
         * @param year  the year, 1 to 9999
         * @param month the month, 1 to 12
         */
        public Month {
            checkYear(year);
            if (month < 1 || month > 12) {
                throw new IllegalArgumentException("month must be 1 to 12, but was " + month);
            }
        }

        @Override public Precision precision() { return Precision.MONTH; }
        @Override public LocalDate start() { return LocalDate.of(year, month, 1); }
        @Override public LocalDate end() { return YearMonth.of(year, month).atEndOfMonth(); }
        @Override public String toString() { return Checks.digits(year, 4) + "-" + Checks.digits(month, 2); }
    }

    /**
     * One day.
     *
     * @param date the day
     */
    record Day(LocalDate date) implements PartialDate {
        /**
         * Validates the day.
         *
         * @param date the day
         */
        public Day {
            Objects.requireNonNull(date, "date");
            checkYear(date.getYear());
        }

        @Override public Precision precision() { return Precision.DAY; }
        @Override public LocalDate start() { return date; }
        @Override public LocalDate end() { return date; }
        @Override public String toString() { return date.toString(); }
    }

    /**
     * An inclusive range of days, such as a summit that ran from the 5th to the 7th.
     *
     * @param first the first day
     * @param last  the last day, after the first
     */
    record DayRange(LocalDate first, LocalDate last) implements PartialDate {
        /**
         * Validates that the range runs forward.
         *
         * @param first the first day
         * @param last  the last day, after the first
         */
        public DayRange {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(last, "last");
            checkYear(first.getYear());
            checkYear(last.getYear());
            if (!last.isAfter(first)) {
                throw new IllegalArgumentException("day range must end after it starts, but was "
                        + first + "/" + last);
            }
        }

        @Override public Precision precision() { return Precision.DAY_RANGE; }
        @Override public LocalDate start() { return first; }
        @Override public LocalDate end() { return last; }
        @Override public String toString() { return first + "/" + last; }
    }

    /**
     * Makes a date known only to the year.
     *
     * @param year the year
     * @return the whole year
     */
    static PartialDate ofYear(int year) {
        return new Year(year);
    }

    /**
     * Makes a date known only to the month.
     *
     * @param year  the year
     * @param month the month, 1 to 12
     * @return the whole month
     */
    static PartialDate ofMonth(int year, int month) {
        return new Month(year, month);
    }

    /**
     * Makes a date known to the day.
     *
     * @param year  the year
     * @param month the month
     * @param day   the day of month
     * @return one day
     * @throws IllegalArgumentException if there is no such day
     */
    static PartialDate ofDay(int year, int month, int day) {
        try {
            return new Day(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("no such day: " + e.getMessage(), e);
        }
    }

    /**
     * Makes a span of several days.
     *
     * @param first the first day
     * @param last  the last day
     * @return the range
     */
    static PartialDate ofRange(LocalDate first, LocalDate last) {
        return new DayRange(first, last);
    }

    /**
     * Parses one of the written forms.
     *
     * @param text {@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD} or {@code YYYY-MM-DD/YYYY-MM-DD}
     * @return the partial date
     * @throws IllegalArgumentException naming the text, if it is not a valid date of those forms
     */
    static PartialDate parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString();
        Matcher m = Checks.PARTIAL_DATE.matcher(s);
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "date must be YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DD/YYYY-MM-DD, but was '" + s + "'");
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                return new Year(year);
            }
            int month = Integer.parseInt(m.group(2));
            if (m.group(3) == null) {
                return new Month(year, month);
            }
            LocalDate first = LocalDate.of(year, month, Integer.parseInt(m.group(3)));
            if (m.group(4) == null) {
                return new Day(first);
            }
            LocalDate last = LocalDate.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    Integer.parseInt(m.group(6)));
            return new DayRange(first, last);
        } catch (DateTimeException | IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid date '" + s + "': " + e.getMessage(), e);
        }
    }

    private static void checkYear(int year) {
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("year must be 1 to 9999, but was " + year);
        }
    }
}
