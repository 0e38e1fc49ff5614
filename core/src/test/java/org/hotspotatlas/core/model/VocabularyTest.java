package org.hotspotatlas.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class VocabularyTest {
    /** Every vocabulary of the model. */
    @SuppressWarnings("unchecked")
    static final List<Class<? extends Enum<?>>> ALL = List.of(ActorKind.class, Action.class, EventKind.class,
            Modality.class, Voice.class, Likelihood.class, Instrument.class, Region.class, CoordinationPattern.class,
            UsAlignment.class, Bound.class, ExternalIdScheme.class, DateDerivation.class, Precision.class);

    @Test
    void everyTermHasAStableLowerCaseCodeAndADescription() {
        for (Class<? extends Enum<?>> type : ALL) {
            Set<String> codes = new HashSet<>();
            for (Enum<?> e : type.getEnumConstants()) {
                Vocabulary v = (Vocabulary) e;
                assertTrue(v.code().matches("[a-z0-9]+(-[a-z0-9]+)*"), type.getSimpleName() + " code " + v.code());
                assertTrue(codes.add(v.code()), "duplicate code " + v.code());
                assertFalse(v.description().isBlank(), type.getSimpleName() + "." + e + " has no description");
                assertTrue(v.description().endsWith("."), type.getSimpleName() + "." + e);
            }
        }
    }

    @Test
    void fromCodeFindsEachTerm() {
        assertEquals(Action.JOINT_PROPOSAL, Vocabulary.fromCode(Action.class, "joint-proposal"));
        assertEquals(ExternalIdScheme.ISO_3166_1_ALPHA2, Vocabulary.fromCode(ExternalIdScheme.class, "iso-3166-1-alpha2"));
        assertEquals(Likelihood.ROUGHLY_EVEN_CHANCE, Likelihood.fromCode("roughly-even-chance"));
        for (Modality m : Modality.values()) {
            assertEquals(m, Vocabulary.fromCode(Modality.class, m.code()));
        }
    }

    @Test
    void unknownCodeMessageNamesTheCodeAndListsTheAcceptedOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Vocabulary.fromCode(Modality.class, "rumour"));
        assertEquals("unknown modality 'rumour'; expected one of: fact, stated-plan, forecast, judgement, attributed-view",
                e.getMessage());
        String m = assertThrows(IllegalArgumentException.class, () -> Vocabulary.fromCode(ActorKind.class, "STATE"))
                .getMessage();
        assertTrue(m.startsWith("unknown actor kind 'STATE'"), m);
        assertTrue(m.contains("non-state-group"), m);
        String u = assertThrows(IllegalArgumentException.class, () -> Likelihood.fromCode("Likely")).getMessage();
        assertTrue(u.contains("almost-no-chance") && u.contains("almost-certain"), u);
    }

    @Test
    void likelihoodBandsAreOrderedAndWithinPercent() {
        int previousMin = 0;
        for (Likelihood l : Likelihood.values()) {
            assertTrue(l.minPercent() < l.maxPercent(), l.code());
            assertTrue(l.minPercent() >= previousMin, l.code());
            assertTrue(l.minPercent() >= 1 && l.maxPercent() <= 99, l.code());
            previousMin = l.minPercent();
        }
    }

    @Test
    void actionCameoCodesAreDigits() {
        for (Action a : Action.values()) {
            a.cameo().ifPresent(c -> assertTrue(c.matches("[0-9]{2,4}"), a.code() + " " + c));
        }
    }
}
