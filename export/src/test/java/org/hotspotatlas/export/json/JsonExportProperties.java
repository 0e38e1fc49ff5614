package org.hotspotatlas.export.json;

import static org.hotspotatlas.export.json.JsonTestSupport.export;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;

import org.hotspotatlas.core.Atlas;
import org.hotspotatlas.core.model.Action;
import org.hotspotatlas.core.model.Claim;
import org.hotspotatlas.core.model.Locator;
import org.hotspotatlas.core.model.Modality;
import org.hotspotatlas.core.model.PartialDate;
import org.hotspotatlas.core.model.TimeRef;
import org.hotspotatlas.core.model.Voice;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Any text, any vocabulary term: the module round-trips it and each claim stays on one NDJSON line. */
class JsonExportProperties {

    private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new HotspotAtlasModule()).build();
    private static final Atlas FIXTURE = JsonTestSupport.fixture();
    private static final List<String> ACTORS = FIXTURE.actors().stream().map(a -> a.id()).toList();

    /** Text with anything outside the surrogate range: controls, line separators, CJK, quotes. */
    private static Gen<String> text() {
        return strings().betweenCodePoints(0, 0xD7FF).ofLengthBetween(0, 40).map(s -> "x" + s);
    }

    private static Gen<Claim> claims() {
        Gen<Action> actions = integers().between(0, Action.values().length - 1).map(i -> Action.values()[i]);
        Gen<Voice> voices = integers().between(0, Voice.values().length - 1).map(i -> Voice.values()[i]);
        Gen<List<String>> subjects = integers().between(0, ACTORS.size() - 1)
                .zip(integers().between(0, ACTORS.size() - 1), (a, b) -> a.equals(b)
                        ? List.of(ACTORS.get(a)) : List.of(ACTORS.get(a), ACTORS.get(b)));
        Gen<TimeRef> times = integers().between(1, 9999).zip(integers().between(0, 12),
                (y, m) -> m == 0 ? null : TimeRef.stated(PartialDate.ofMonth(y, m)));
        return text().zip(actions, voices, subjects, (summary, action, voice, subj) -> new Object[] {summary, action, voice, subj})
                .zip(times, (parts, time) -> new Claim("p-claim", null, null, castList(parts[3]), (Action) parts[1],
                        List.of(), (String) parts[0], Modality.FACT, (Voice) parts[2], null, time, List.of(), null,
                        null, List.of(), List.of(Locator.of(2, 1))));
    }

    @SuppressWarnings("unchecked")
    private static List<String> castList(Object o) {
        return (List<String>) o;
    }

    @Test
    void theModuleRoundTripsAnyClaim() {
        qt().forAll(claims()).checkAssert(c -> assertEquals(c, MAPPER.readValue(MAPPER.writeValueAsString(c), Claim.class)));
    }

    @Test
    void anyLocatorAndDateRoundTripsThroughTheModule() {
        qt().forAll(integers().between(1, 999_999), integers().between(0, 999_999)).checkAssert((p, s) -> {
            Locator l = new Locator(p, s);
            assertEquals(l, MAPPER.readValue(MAPPER.writeValueAsString(l), Locator.class));
        });
        qt().forAll(integers().between(1, 9999), integers().between(1, 12)).checkAssert((y, m) -> {
            PartialDate d = PartialDate.ofMonth(y, m);
            assertEquals(d, MAPPER.readValue(MAPPER.writeValueAsString(d), PartialDate.class));
        });
    }

    @Test
    void anyClaimTextStaysOnOneNdjsonLine() {
        qt().withExamples(60).forAll(claims()).checkAssert(c -> {
            Atlas atlas = FIXTURE.toBuilder().addClaim(c).build();
            String text = JsonTestSupport.utf8(export(new NdjsonClaimsExporter(), atlas));
            String[] lines = text.split("\n");
            assertEquals(atlas.claims().size(), lines.length);
            JsonNode last = JsonTestSupport.PLAIN.readTree(lines[lines.length - 1]);
            assertEquals(c.summary(), last.get("summary").stringValue());
        });
    }
}
