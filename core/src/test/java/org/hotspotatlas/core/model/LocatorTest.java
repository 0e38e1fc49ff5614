package org.hotspotatlas.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocatorTest {
    @Test
    void parsesAndPrintsBothForms() {
        assertEquals(new Locator(13, 4), Locator.parse("¶13.4"));
        assertEquals(Locator.of(13), Locator.parse("¶13"));
        assertEquals("¶13.4", Locator.of(13, 4).toString());
        assertEquals("¶13", Locator.of(13).toString());
        assertTrue(Locator.of(13).isWholeLine());
        assertFalse(Locator.of(13, 1).isWholeLine());
        assertEquals(Locator.of(999999, 999999), Locator.parse("¶999999.999999"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "¶", "¶01", "¶1.02", "13.4", "P13.4", "¶13.", "¶.4", "¶13.4.1", "¶-1", "¶0", "¶13.0", "¶1 3",
            " ¶13", "¶13 ", "¶a", "¶1234567", "¶1.1234567", "¶١٣"})
    void rejectsBadFormsNamingTheText(String bad) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Locator.parse(bad));
        assertTrue(e.getMessage().contains("'" + bad + "'"), e.getMessage());
        assertTrue(e.getMessage().contains("¶13.4"), "message shows the expected form: " + e.getMessage());
    }

    @Test
    void constructorsRejectOutOfRangeNumbers() {
        assertThrows(IllegalArgumentException.class, () -> new Locator(0, 1));
        assertThrows(IllegalArgumentException.class, () -> new Locator(1, -1));
        assertThrows(IllegalArgumentException.class, () -> Locator.of(1, 0));
        assertThrows(NullPointerException.class, () -> Locator.parse(null));
    }

    @Test
    void ordersByLineThenSentenceWithTheWholeLineFirst() {
        TreeSet<Locator> set = new TreeSet<>(List.of(Locator.of(10, 1), Locator.of(2, 3), Locator.of(2),
                Locator.of(9, 12), Locator.of(2, 1), Locator.of(10)));
        assertEquals(List.of(Locator.of(2), Locator.of(2, 1), Locator.of(2, 3), Locator.of(9, 12), Locator.of(10),
                Locator.of(10, 1)), List.copyOf(set));
    }

    @Test
    void sourceContainsOnlyLocatorsInItsOutline() throws Exception {
        Source s = new Source("t", "p", "a", PartialDate.parse("2019-06"), new java.net.URI("https://example.org"),
                List.of(0, 2), List.of());
        assertTrue(s.contains(Locator.of(1)));
        assertFalse(s.contains(Locator.of(1, 1)), "a whole-line-only line has no sentences");
        assertTrue(s.contains(Locator.of(2, 2)));
        assertFalse(s.contains(Locator.of(2, 3)));
        assertFalse(s.contains(Locator.of(3)));
    }
}
