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
            UsAlignment.class, Bound.class, ExternalIdScheme.class, DateDerivation.class, Precision.class,
            EventStatus.class, Basis.class, org.hotspotatlas.core.model.Concert.class);

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
    void everyTermHasASentenceCaseLabelSpellingTheUnitedStatesUS() {
        for (Class<? extends Enum<?>> type : ALL) {
            Set<String> labels = new HashSet<>();
            for (Enum<?> e : type.getEnumConstants()) {
                Vocabulary v = (Vocabulary) e;
                String where = type.getSimpleName() + "." + e;
                assertFalse(v.label().isBlank(), where);
                assertTrue(Character.isUpperCase(v.label().codePointAt(0)), where + " label " + v.label());
                assertTrue(labels.add(v.label()), where + " repeats the label " + v.label());
                for (String text : List.of(v.label(), v.description())) {
                    assertFalse(text.matches(".*\\bUS\\b.*") || text.matches(".*\\bU\\.S\\b(?!\\.).*"),
                            where + " spells the United States other than 'U.S.': " + text);
                }
            }
        }
        assertEquals("U.S. officials", Voice.US_OFFICIALS.label());
        assertEquals("Joint proposal", Action.JOINT_PROPOSAL.label());
        assertEquals("This dataset's reading", Voice.DATASET.label());
        assertEquals("dataset", Voice.DATASET.code());
        assertEquals("UN voting", Instrument.UN_VOTING.label());
        assertEquals("The author's", Basis.AUTHOR.label());
    }

    /** The lead's decision, constant by constant: what an actor does is an act; the rest is not. */
    @Test
    void actsAreExactlyTheDoings() {
        Set<Action> notActs = java.util.EnumSet.of(Action.AIM, Action.ASSESSMENT, Action.TENSION,
                Action.DIVISION_OF_LABOUR, Action.DEFERENCE, Action.COMMEMORATION, Action.CONTEXT,
                Action.SHARED_CONCERN, Action.SILENCE, Action.COUNTERBALANCING, Action.PUBLIC_STATEMENT,
                Action.CALIBRATION);
        for (Action a : Action.values()) {
            assertEquals(!notActs.contains(a), a.isAct(), a.code());
        }
        assertEquals(27, java.util.Arrays.stream(Action.values()).filter(Action::isAct).count());
        for (Action a : List.of(Action.VETO, Action.JOINT_PROPOSAL, Action.MEETING, Action.AID, Action.BOYCOTT,
                Action.HEDGING, Action.REPRESSION, Action.INSTITUTION_BUILDING)) {
            assertTrue(a.isAct(), a.code());
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

    @Test
    void onlyForecastsAndStatedPlansAreExpectations() {
        java.util.Set<Modality> expected = java.util.EnumSet.noneOf(Modality.class);
        for (Modality m : Modality.values()) {
            if (m.isExpectation()) {
                expected.add(m);
            }
        }
        assertEquals(java.util.EnumSet.of(Modality.FORECAST, Modality.STATED_PLAN), expected);
    }
}
