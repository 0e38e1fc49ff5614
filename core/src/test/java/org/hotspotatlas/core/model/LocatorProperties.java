package org.hotspotatlas.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class LocatorProperties {
    private static final int EXAMPLES = 200;

    static Gen<Locator> locators() {
        return integers().between(1, 999_999).zip(integers().between(0, 999_999), Locator::new);
    }

    @Test
    void printParseRoundTrips() {
        qt().withExamples(EXAMPLES).forAll(locators()).checkAssert(l -> {
            assertEquals(l, Locator.parse(l.toString()));
            assertTrue(l.toString().startsWith("¶"));
            assertEquals(l.isWholeLine(), !l.toString().contains("."));
        });
    }

    @Test
    void orderIsByLineThenSentence() {
        qt().withExamples(EXAMPLES).forAll(locators(), locators()).checkAssert((a, b) -> {
            int expected = a.paragraph() != b.paragraph() ? Integer.compare(a.paragraph(), b.paragraph())
                    : Integer.compare(a.sentence(), b.sentence());
            assertEquals(Integer.signum(expected), Integer.signum(a.compareTo(b)));
            assertEquals(a.equals(b), a.compareTo(b) == 0);
        });
    }

    @Test
    void textWithoutThePilcrowIsRefusedNamingIt() {
        qt().withExamples(EXAMPLES).forAll(strings().allPossible().ofLengthBetween(0, 12))
                .assuming(s -> !s.startsWith("¶"))
                .checkAssert(s -> {
                    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Locator.parse(s));
                    assertTrue(e.getMessage().contains("'" + s + "'"), e.getMessage());
                });
    }

    @Test
    void anythingParsedPrintsBackToAnEqualLocator() {
        qt().withExamples(EXAMPLES).forAll(strings().betweenCodePoints('-', '9').ofLengthBetween(0, 8))
                .checkAssert(s -> {
                    Locator l;
                    try {
                        l = Locator.parse("¶" + s);
                    } catch (IllegalArgumentException e) {
                        return;
                    }
                    assertEquals(l, Locator.parse(l.toString()));
                    assertTrue(List.of(l.toString().substring(1).split("\\.")).stream()
                            .allMatch(n -> n.matches("[1-9][0-9]*")), l.toString());
                });
    }

    @Test
    void sentenceZeroAndLineZeroAreRefused() {
        qt().withExamples(50).forAll(integers().between(1, 999_999)).checkAssert(n -> {
            assertThrows(IllegalArgumentException.class, () -> Locator.parse("¶" + n + ".0"));
            assertThrows(IllegalArgumentException.class, () -> Locator.parse("¶0." + n));
        });
    }
}
