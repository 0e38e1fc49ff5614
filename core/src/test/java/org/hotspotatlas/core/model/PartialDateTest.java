package org.hotspotatlas.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {
    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    @Test
    void parsesAYear() {
        PartialDate p = PartialDate.parse("2019");
        assertEquals(new PartialDate.Year(2019), p);
        assertEquals(Precision.YEAR, p.precision());
        assertEquals(d(2019, 1, 1), p.start());
        assertEquals(d(2019, 12, 31), p.end());
        assertEquals("2019", p.toString());
        assertEquals("0042", PartialDate.parse("0042").toString());
    }

    @Test
    void parsesAMonthWithItsLastDay() {
        PartialDate p = PartialDate.parse("2020-02");
        assertEquals(new PartialDate.Month(2020, 2), p);
        assertEquals(Precision.MONTH, p.precision());
        assertEquals(d(2020, 2, 1), p.start());
        assertEquals(d(2020, 2, 29), p.end(), "leap year");
        assertEquals(d(2019, 2, 28), PartialDate.parse("2019-02").end());
        assertEquals("2020-02", p.toString());
    }

    @Test
    void parsesADay() {
        PartialDate p = PartialDate.parse("2019-06-05");
        assertEquals(new PartialDate.Day(d(2019, 6, 5)), p);
        assertEquals(Precision.DAY, p.precision());
        assertEquals(p.start(), p.end());
        assertEquals("2019-06-05", p.toString());
        assertEquals(p, PartialDate.ofDay(2019, 6, 5));
    }

    @Test
    void parsesADayRange() {
        PartialDate p = PartialDate.parse("2019-06-05/2019-06-07");
        assertEquals(new PartialDate.DayRange(d(2019, 6, 5), d(2019, 6, 7)), p);
        assertEquals(Precision.DAY_RANGE, p.precision());
        assertEquals(d(2019, 6, 5), p.start());
        assertEquals(d(2019, 6, 7), p.end());
        assertEquals("2019-06-05/2019-06-07", p.toString());
        assertEquals("2018-12-30/2019-01-02", PartialDate.parse("2018-12-30/2019-01-02").toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2019-02-30", "2019-02-29", "2019-04-31", "2019-13", "2019-00", "2019-13-01",
            "2019-06-00", "0000", "2019-06-07/2019-06-05", "2019-06-05/2019-06-05", "2019-06-05/2019-02-30"})
    void rejectsImpossibleDatesNamingTheValue(String bad) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PartialDate.parse(bad));
        assertTrue(e.getMessage().contains("'" + bad + "'"), e.getMessage());
    }

    @Test
    void messagesSayWhatIsWrong() {
        assertTrue(message("2019-02-30").contains("FEBRUARY 30"), message("2019-02-30"));
        assertTrue(message("2019-13").contains("month must be 1 to 12, but was 13"), message("2019-13"));
        assertTrue(message("0000").contains("year must be 1 to 9999"), message("0000"));
        assertTrue(message("2019-06-07/2019-06-05").contains("end after it starts"), message("2019-06-07/2019-06-05"));
    }

    private static String message(String text) {
        return assertThrows(IllegalArgumentException.class, () -> PartialDate.parse(text)).getMessage();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "19", "20190", "2019-6", "2019-06-5", "2019/06/05", "2019-06-05/", "2019-06-05/06-07",
            "2019-06-05T10:00", " 2019", "2019 ", "June 2019", "+2019", "２０１９"})
    void rejectsOtherFormsNamingTheAcceptedOnes(String bad) {
        String m = message(bad);
        assertTrue(m.contains("'" + bad + "'"), m);
        assertTrue(m.contains("YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DD/YYYY-MM-DD"), m);
    }

    @Test
    void factoryMethodsValidate() {
        assertThrows(IllegalArgumentException.class, () -> PartialDate.ofDay(2019, 2, 30));
        assertThrows(IllegalArgumentException.class, () -> PartialDate.ofMonth(2019, 13));
        assertThrows(IllegalArgumentException.class, () -> PartialDate.ofYear(10000));
        assertThrows(IllegalArgumentException.class, () -> PartialDate.ofRange(d(2019, 1, 2), d(2019, 1, 1)));
        assertThrows(NullPointerException.class, () -> PartialDate.ofRange(null, d(2019, 1, 1)));
    }

    @Test
    void ordersByStartThenEndSoTheMorePreciseComesFirst() {
        List<PartialDate> sorted = new ArrayList<>(List.of(PartialDate.parse("2019"), PartialDate.parse("2019-06-05/2019-06-07"),
                PartialDate.parse("2019-06"), PartialDate.parse("2018-12-31"), PartialDate.parse("2019-06-05"),
                PartialDate.parse("2019-01"), PartialDate.parse("2019-01-01")));
        Collections.shuffle(sorted, new java.util.Random(7));
        Collections.sort(sorted);
        assertEquals(List.of("2018-12-31", "2019-01-01", "2019-01", "2019", "2019-06", "2019-06-05",
                "2019-06-05/2019-06-07"), sorted.stream().map(PartialDate::toString).toList());
    }

    @Test
    void orderingIsConsistentWithEqualsForDatesCoveringTheSameDays() {
        PartialDate month = PartialDate.parse("2019-06");
        PartialDate range = PartialDate.parse("2019-06-01/2019-06-30");
        PartialDate year = PartialDate.parse("2019");
        PartialDate yearRange = PartialDate.parse("2019-01-01/2019-12-31");
        assertNotEquals(month, range);
        assertNotEquals(0, month.compareTo(range), "same span, different values must not compare equal");
        assertEquals(-Integer.signum(month.compareTo(range)), Integer.signum(range.compareTo(month)));
        assertNotEquals(0, year.compareTo(yearRange));
        assertTrue(year.compareTo(yearRange) < 0, "the coarser precision sorts first, as a heading for its days");
    }

    @Test
    void overlapsIsInclusiveAtBothEnds() {
        PartialDate june = PartialDate.parse("2019-06");
        assertTrue(june.overlaps(d(2019, 6, 30), d(2019, 7, 31)));
        assertTrue(june.overlaps(d(2019, 5, 1), d(2019, 6, 1)));
        assertTrue(june.overlaps(d(2019, 6, 10), d(2019, 6, 10)));
        assertTrue(june.overlaps(d(2000, 1, 1), d(2030, 1, 1)));
        assertFalse(june.overlaps(d(2019, 7, 1), d(2019, 7, 31)));
        assertFalse(june.overlaps(d(2019, 5, 1), d(2019, 5, 31)));
        PartialDate day = PartialDate.parse("2019-06-05");
        assertTrue(day.overlaps(d(2019, 6, 5), d(2019, 6, 5)));
        assertFalse(day.overlaps(d(2019, 6, 6), d(2019, 6, 9)));
        assertThrows(NullPointerException.class, () -> day.overlaps(null, d(2019, 6, 9)));
    }
}
