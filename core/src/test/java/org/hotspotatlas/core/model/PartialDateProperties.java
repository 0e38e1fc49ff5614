package org.hotspotatlas.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class PartialDateProperties {
    private static final int EXAMPLES = 200;
    private static final long FIRST = LocalDate.of(1, 1, 1).toEpochDay();
    private static final long LAST = LocalDate.of(9999, 12, 31).toEpochDay();

    /** A day between year 1 and 9999. */
    static Gen<LocalDate> days() {
        return integers().between(0, (int) (LAST - FIRST)).map(n -> LocalDate.ofEpochDay(FIRST + n));
    }

    /** A partial date of any precision. */
    static Gen<PartialDate> dates() {
        return days().zip(integers().between(0, 3), integers().between(1, 400), (day, kind, len) -> switch (kind) {
            case 0 -> PartialDate.ofYear(day.getYear());
            case 1 -> PartialDate.ofMonth(day.getYear(), day.getMonthValue());
            case 2 -> new PartialDate.Day(day);
            default -> day.toEpochDay() + len > LAST ? new PartialDate.Day(day)
                    : PartialDate.ofRange(day, day.plusDays(len));
        });
    }

    @Test
    void parsePrintRoundTrips() {
        qt().withExamples(EXAMPLES).forAll(dates()).checkAssert(d -> {
            assertEquals(d, PartialDate.parse(d.toString()));
            assertEquals(d.toString(), PartialDate.parse(d.toString()).toString());
        });
    }

    @Test
    void startIsNeverAfterEndAndPrecisionMatchesTheForm() {
        qt().withExamples(EXAMPLES).forAll(dates()).checkAssert(d -> {
            assertFalse(d.start().isAfter(d.end()), d.toString());
            int length = d.toString().length();
            Precision expected = length == 4 ? Precision.YEAR : length == 7 ? Precision.MONTH
                    : length == 10 ? Precision.DAY : Precision.DAY_RANGE;
            assertEquals(expected, d.precision(), d.toString());
        });
    }

    @Test
    void overlapsExactlyTheDaysBetweenStartAndEnd() {
        qt().withExamples(EXAMPLES).forAll(dates(), days()).checkAssert((d, day) -> {
            boolean inside = !day.isBefore(d.start()) && !day.isAfter(d.end());
            assertEquals(inside, d.overlaps(day, day), d + " and " + day);
            assertTrue(d.overlaps(d.start(), d.start()));
            assertTrue(d.overlaps(d.end(), d.end()));
        });
    }

    @Test
    void orderingIsATotalOrderConsistentWithEquals() {
        qt().withExamples(EXAMPLES).forAll(dates(), dates(), dates()).checkAssert((a, b, c) -> {
            assertEquals(Integer.signum(a.compareTo(b)), -Integer.signum(b.compareTo(a)), a + " vs " + b);
            assertEquals(a.equals(b), a.compareTo(b) == 0, a + " vs " + b);
            if (a.compareTo(b) <= 0 && b.compareTo(c) <= 0) {
                assertTrue(a.compareTo(c) <= 0, a + " " + b + " " + c);
            }
            if (!a.start().equals(b.start())) {
                assertEquals(Integer.signum(a.start().compareTo(b.start())), Integer.signum(a.compareTo(b)));
            }
        });
    }

    @Test
    void aSameDayRangeIsRefused() {
        qt().withExamples(50).forAll(days()).checkAssert(day -> {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> PartialDate.parse(day + "/" + day));
            assertTrue(e.getMessage().contains(day + "/" + day), e.getMessage());
        });
    }

    @Test
    void impossibleDaysAreRefusedNamingTheValue() {
        qt().withExamples(EXAMPLES).forAll(integers().between(1, 9999), integers().between(1, 12),
                integers().between(29, 99)).checkAssert((year, month, day) -> {
            String text = String.format("%04d-%02d-%02d", year, month, day);
            boolean real = day <= java.time.YearMonth.of(year, month).lengthOfMonth();
            if (real) {
                assertEquals(text, PartialDate.parse(text).toString());
            } else {
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PartialDate.parse(text));
                assertTrue(e.getMessage().contains("'" + text + "'"), e.getMessage());
            }
        });
    }

    @Test
    void monthsOutsideOneToTwelveAreRefused() {
        qt().withExamples(50).forAll(integers().between(1, 9999), integers().between(13, 99)).checkAssert((y, m) -> {
            String text = String.format("%04d-%02d", y, m);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PartialDate.parse(text));
            assertTrue(e.getMessage().contains("'" + text + "'") && e.getMessage().contains("month"), e.getMessage());
        });
    }
}
