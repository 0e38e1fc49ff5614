package org.hotspotatlas.core;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.hotspotatlas.core.model.Actor;
import org.hotspotatlas.core.model.ActorKind;
import org.hotspotatlas.core.model.Claim;
import org.hotspotatlas.core.model.DateDerivation;
import org.hotspotatlas.core.model.Event;
import org.hotspotatlas.core.model.EventStatus;
import org.hotspotatlas.core.model.ExternalId;
import org.hotspotatlas.core.model.ExternalIdScheme;
import org.hotspotatlas.core.model.Finding;
import org.hotspotatlas.core.model.Hotspot;
import org.hotspotatlas.core.model.LocalName;
import org.hotspotatlas.core.model.Locator;
import org.hotspotatlas.core.model.Modality;
import org.hotspotatlas.core.model.PartialDate;
import org.hotspotatlas.core.model.Relationship;
import org.hotspotatlas.core.model.TimeRef;
import org.hotspotatlas.core.model.UsAlignment;
import org.hotspotatlas.core.model.Voice;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One check over every record of the dataset shipped in the jar, reporting every failure at once: the
 * structure (outline, citations, hotspots) and the curation rules a program can check (voices, tense,
 * enrichment and its references, who acts for whom). Whether a record says what its sentence says
 * takes a reader (see core/DATA-REVIEW.md). Whether any text repeats the article's wording is checked
 * by the repository's source-overlap tool, not here: the article's text must not be copied into the
 * repository.
 */
class ShippedDatasetTest {

    /**
     * The hosts an enrichment reference may point to: primary or authoritative pages only (CURATION.md).
     * The list is exact: a host leaves it when no reference uses it any more, and a new one comes in
     * with its reason.
     */
    static final Map<String, String> ALLOWED_HOSTS = Map.of(
            "www.wikidata.org", "Wikidata entity pages, for Wikidata ids",
            "www.iso.org", "ISO's Online Browsing Platform, for ISO 3166-1 codes",
            "press.un.org", "UN Meetings Coverage and Press Releases",
            "webtv.un.org", "UN Web TV record of a Security Council meeting, with its vote and resolution",
            "www.unmultimedia.org", "UN Audiovisual Library record of a Security Council meeting",
            "www.icj-cij.org", "International Court of Justice case pages",
            "www.mofa.go.jp", "Ministry of Foreign Affairs of Japan",
            "sydney.china-consulate.org", "Consulate-General of the People's Republic of China in Sydney, part of "
                    + "China's Foreign Ministry network (its record of the Ministry's briefing)");

    /** Actors of a kind that acts for a state but that name no single one, each with the reason. */
    static final Map<String, String> ACTS_FOR_EXCEPTIONS = Map.of(
            "central-asian-governments", "the governments of several Central Asian states the article does not "
                    + "name: no one state or organisation they act for");

    /** Kinds of actor that speak or act for a state or organisation and so must name it in actsFor. */
    static final Set<ActorKind> AGENT_KINDS = Set.of(ActorKind.LEADER, ActorKind.OFFICIAL, ActorKind.OFFICIAL_BODY,
            ActorKind.MEDIA);

    /** Codes ISO 3166-1 leaves to users (AA, QM-QZ, XA-XZ, ZZ): never an ISO-assigned country code. */
    static final Pattern USER_ASSIGNED = Pattern.compile("AA|Q[M-Z]|X[A-Z]|ZZ");

    private static final Pattern INLINE_LOCATOR = Pattern.compile("\u00B6[0-9]+(?:\\.[0-9]+)?");

    /**
     * Sentences per non-empty line of the source article, derived once from the numbered copy of
     * the article (../shared/source/article-numbered.md, not part of this repository): entry P-1 is
     * the highest S of the locators ¶P.S, or 0 for a line that has only a whole-line locator (the
     * title ¶1, the nine section headings ¶8, ¶10, ¶12, ¶14, ¶16, ¶18, ¶20, ¶22, ¶24, and the closing
     * disclaimer and publication-type lines ¶28 and ¶29). 29 lines.
     */
    static final int[] ARTICLE_OUTLINE = {
        0, 3, 2, 2, 5, 2, 2, 0, 4, 0, // ¶1-¶10
        5, 0, 6, 0, 3, 0, 4, 0, 6, 0, // ¶11-¶20
        6, 0, 5, 0, 6, 4, 2, 0, 0     // ¶21-¶29
    };

    /** Lines whose sentences assert nothing and so need no citation: captions and end matter. */
    static final Set<Integer> NON_ASSERTING_LINES = Set.of(4, 27, 28, 29);
    /** Single sentences that assert nothing: a photo credit and a lead-in to a list. */
    static final Set<Locator> NON_ASSERTING_SENTENCES = Set.of(Locator.of(3, 2), Locator.of(7, 2));

    static final List<String> HOTSPOTS = List.of("north-korea", "venezuela", "middle-east", "afghanistan", "arctic",
            "serbia", "africa", "south-china-sea-ukraine", "central-asia");

    static final String RESOURCE = Atlas.BUNDLED_RESOURCE;

    /** @return every sentence locator of the article that must be cited */
    static List<Locator> expectedAsserting() {
        List<Locator> out = new ArrayList<>();
        for (int p = 1; p <= ARTICLE_OUTLINE.length; p++) {
            if (NON_ASSERTING_LINES.contains(p)) {
                continue;
            }
            for (int s = 1; s <= ARTICLE_OUTLINE[p - 1]; s++) {
                if (!NON_ASSERTING_SENTENCES.contains(Locator.of(p, s))) {
                    out.add(Locator.of(p, s));
                }
            }
        }
        return out;
    }

    @Test
    void everyRecordOfTheShippedDatasetIsSound() throws IOException {
        List<String> failures = new ArrayList<>();
        Atlas atlas;
        try (InputStream in = Atlas.class.getResourceAsStream(RESOURCE)) {
            assertNotNull(in, "the bundled dataset " + RESOURCE + " is missing from the build");
            atlas = Atlas.read(in, RESOURCE, ReadLimits.DEFAULT);
        } catch (DatasetException e) {
            // ids that do not resolve, locators outside the outline, invalid dates, and so on
            e.problems().forEach(p -> failures.add("load: " + p));
            throw new AssertionError(failures.size() + " failures:\n" + String.join("\n", failures), e);
        }
        failures.addAll(failures(atlas));
        assertTrue(failures.isEmpty(), failures.size() + " failures in " + RESOURCE + ":\n" + String.join("\n", failures));
        assertEquals(atlas, Atlas.bundled(), "Atlas.bundled() loads the same dataset");
    }

    /**
     * @param atlas a dataset read from the article
     * @return every rule it breaks, each with the record and the rule; empty if it is sound
     */
    static List<String> failures(Atlas atlas) {
        List<String> failures = new ArrayList<>();
        List<Integer> outline = IntStream.of(ARTICLE_OUTLINE).boxed().toList();
        if (!atlas.source().outline().equals(outline)) {
            failures.add("source.outline is " + atlas.source().outline() + " but the article has " + outline);
        }
        List<Locator> expected = expectedAsserting();
        List<Locator> asserting = atlas.source().asserting();
        for (Locator l : expected) {
            if (!asserting.contains(l)) {
                failures.add("source.asserting lacks " + l);
            }
        }
        for (Locator l : asserting) {
            if (!expected.contains(l)) {
                failures.add("source.asserting has " + l + ", which is a heading, caption or end matter");
            }
        }
        if (!asserting.equals(expected) && asserting.size() == expected.size()) {
            failures.add("source.asserting is not in article order");
        }
        atlas.uncitedAssertions().forEach(l -> failures.add("no record cites " + l));

        List<String> hotspotIds = atlas.hotspots().stream().map(Hotspot::id).toList();
        if (!hotspotIds.equals(HOTSPOTS)) {
            failures.add("hotspots are " + hotspotIds + " but should be " + HOTSPOTS);
        }
        for (Hotspot h : atlas.hotspots()) {
            for (String power : List.of("china", "russia")) {
                if (h.role(power).isEmpty()) {
                    failures.add("hotspot " + h.id() + " has no role for " + power);
                }
            }
            if (ARTICLE_OUTLINE[h.heading().paragraph() - 1] != 0 || !h.heading().isWholeLine()) {
                failures.add("hotspot " + h.id() + " heading " + h.heading() + " is not a heading line");
            }
            if (atlas.claimsIn(h.id()).isEmpty()) {
                failures.add("hotspot " + h.id() + " has no claims");
            }
        }
        for (Map.Entry<String, Finding> f : findings(atlas).entrySet()) {
            if (f.getValue().likelihood() != null && !estimative(f.getValue().modality())) {
                failures.add("finding " + f.getKey() + " has likelihood " + f.getValue().likelihood().code()
                        + " but modality " + f.getValue().modality().code());
            }
        }

        for (Actor a : atlas.actors()) {
            for (ExternalId x : a.externalIds()) {
                externalId(failures, "actor " + a.id(), x);
            }
            for (LocalName n : a.nativeNames()) {
                reference(failures, "actor " + a.id() + " native name " + n.name(), n.reference());
            }
        }
        for (Claim c : atlas.claims()) {
            String at = "claim " + c.id();
            if (c.likelihood() != null && !estimative(c.modality())) {
                failures.add(at + " has likelihood " + c.likelihood().code() + " but modality " + c.modality().code());
            }
            if (c.quote() != null && c.quote().trim().split("\\s+").length > Claim.MAX_QUOTE_WORDS) {
                failures.add(at + " quote has more than " + Claim.MAX_QUOTE_WORDS + " words");
            }
            if (c.time() != null) {
                time(failures, at + " time", c.time());
            }
        }
        for (Event e : atlas.events()) {
            String at = "event " + e.id();
            if (e.time() != null) {
                time(failures, at + " time", e.time());
            }
            if (e.enrichedTime() != null) {
                time(failures, at + " enrichedTime", e.enrichedTime());
            }
            if (e.enrichedTime() != null && e.time() != null) {
                PartialDate stated = e.time().date();
                PartialDate enriched = e.enrichedTime().date();
                if (enriched.start().isBefore(stated.start()) || enriched.end().isAfter(stated.end())) {
                    failures.add(at + " enriched date " + enriched + " lies outside the source's date " + stated);
                }
            }
            for (ExternalId x : e.externalIds()) {
                externalId(failures, at, x);
            }
        }
        voices(failures, atlas);
        tense(failures, atlas);
        derivedDates(failures, atlas);
        concert(failures, atlas);
        agents(failures, atlas);
        allowListIsExact(failures, atlas);
        if (atlas.events().isEmpty() || atlas.claims().isEmpty() || atlas.actors().isEmpty()) {
            failures.add("the dataset needs actors, claims and events: " + atlas);
        }
        return failures;
    }

    /** The shipped document as a tree, to break one rule at a time. */
    private static ObjectNode shipped() throws IOException {
        try (InputStream in = Atlas.class.getResourceAsStream(RESOURCE)) {
            return (ObjectNode) Docs.JSON.readTree(in);
        }
    }

    private static ObjectNode byId(ObjectNode root, String array, String id) {
        for (JsonNode n : root.get(array)) {
            if (n.get("id").stringValue().equals(id)) {
                return (ObjectNode) n;
            }
        }
        throw new AssertionError("no " + array + " record " + id);
    }

    private static void catches(String breach, Consumer<ObjectNode> edit, String expected) throws IOException {
        ObjectNode doc = shipped();
        edit.accept(doc);
        List<String> found = failures(Docs.read(doc));
        assertTrue(found.stream().anyMatch(f -> f.contains(expected)),
                breach + ": expected a failure containing '" + expected + "' but got:\n" + String.join("\n", found));
    }

    /** Removes a locator from every locator list in the tree. */
    private static void dropLocator(JsonNode node, String locator) {
        if (node.isObject()) {
            for (var e : node.properties()) {
                if (e.getKey().equals("locators") && e.getValue().isArray()) {
                    ((ArrayNode) e.getValue()).removeIf(l -> l.stringValue().equals(locator));
                } else {
                    dropLocator(e.getValue(), locator);
                }
            }
        } else if (node.isArray()) {
            node.forEach(n -> dropLocator(n, locator));
        }
    }

    @Test
    void eachRuleCatchesABreachOfIt() throws IOException {
        catches("an uncited sentence", r -> {
            dropLocator(r, "\u00B67.1");
            ((ArrayNode) r.get("claims")).removeIf(c -> c.get("locators").isEmpty());
        }, "no record cites \u00B67.1");
        catches("an author finding citing only a heading", r -> ((ObjectNode) r.get("relationship").get("thesis").get(0))
                .putArray("locators").add("\u00B61"), "is in the author's voice but cites no asserting sentence");
        catches("a dataset reading that does not say so", r -> ((ObjectNode) byId(r, "hotspots", "serbia").get("assessment")
                .get("alignmentReason")).put("text", "Counter, on the facts of the section."), "does not say so");
        catches("a text naming a sentence it does not cite", r -> ((ObjectNode) byId(r, "hotspots", "arctic").get("assessment")
                .get("alignmentReason")).put("text", "Dataset reading; it rests on \u00B617.3."), "names \u00B617.3 in its text");
        catches("an unstated verdict in the author's voice", r -> ((ObjectNode) byId(r, "hotspots", "africa").get("assessment")
                .get("alignmentReason")).put("voice", "author"), "alignment is unstated");
        catches("a dataset reading recording an act", r -> byId(r, "claims", "relationship.relations-began-1949")
                .put("action", "meeting"), "is the dataset's reading but records an act");
        catches("a planned event dated before publication", r -> byId(r, "events", "sco-summit-2019").putObject("time")
                .put("date", "2019-05").put("derivation", "resolved-from-publication").put("expression", "upcoming"),
                "had not happened at publication");
        catches("a fact about a planned event", r -> byId(r, "claims", "relationship.sco-summit-meeting").put("modality", "fact"),
                "reports as fact the planned event sco-summit-2019");
        catches("a forecast with another likelihood than its event", r -> byId(r, "claims", "relationship.g20-meeting")
                .put("likelihood", "very-likely"), "forecasts the expected event g20-summit-japan-2019");
        catches("a derived date in the author's voice", r -> byId(r, "claims", "relationship.relations-began-1949")
                .put("voice", "author"), "has a date the dataset derived but the voice author");
        catches("an act of both with no concert", r -> byId(r, "claims", "middle-east.aid-to-damascus").remove("concert"),
                "records no concert");
        catches("a leader acting for no one", r -> byId(r, "actors", "nicolas-maduro").remove("actsFor"),
                "is a leader but names no actsFor");
        catches("an enrichment reference on a news site", r -> ((ObjectNode) byId(r, "events", "belt-and-road-forum-2019")
                .get("enrichedTime")).put("reference", "https://news.example.com/forum"), "is not on the allow-list");
        catches("a reference that is not a URL", r -> ((ObjectNode) byId(r, "actors", "china").get("externalIds").get(0))
                .put("reference", "ISO 3166-1"), "reference is not a URL");
        catches("a relative reference", r -> ((ObjectNode) byId(r, "actors", "russia").get("externalIds").get(0))
                .put("reference", "iso.org/3166"), "is not an absolute http(s) URL");
        catches("a user-assigned code under ISO 3166-1", r -> ((ArrayNode) byId(r, "actors", "kosovo").get("externalIds"))
                .addObject().put("scheme", "iso-3166-1-alpha2").put("value", "XK")
                .put("reference", "https://www.iso.org/obp/ui/#iso:code:3166:XK"), "is not an ISO-assigned");
        catches("a Wikidata id citing another page", r -> ((ObjectNode) byId(r, "actors", "kosovo").get("externalIds").get(0))
                .put("reference", "https://www.wikidata.org/wiki/Q1"), "must cite its own entity page");
        catches("an allowed host nobody uses", r -> ((ObjectNode) byId(r, "events", "kosovo-independence-declaration-2008"))
                .remove("enrichedTime"), "allowed host www.icj-cij.org is used by no reference");
    }

    private static boolean estimative(Modality m) {
        return m == Modality.FORECAST || m == Modality.JUDGEMENT || m == Modality.ATTRIBUTED_VIEW;
    }

    /** Every finding of the dataset, each with where it is, in dataset order. */
    static Map<String, Finding> findings(Atlas atlas) {
        Map<String, Finding> out = new java.util.LinkedHashMap<>();
        Relationship r = atlas.relationship();
        add(out, "relationship thesis", r.thesis());
        add(out, "relationship drivers", r.drivers());
        add(out, "relationship limits", r.limits());
        add(out, "relationship conclusion", r.conclusion());
        for (Hotspot h : atlas.hotspots()) {
            String at = "hotspot " + h.id() + " ";
            out.put(at + "coordination", h.assessment().coordination());
            out.put(at + "alignmentReason", h.assessment().alignmentReason());
            add(out, at + "divergences", h.assessment().divergences());
            add(out, at + "outlook", h.assessment().outlook());
        }
        return out;
    }

    private static void add(Map<String, Finding> out, String at, List<Finding> fs) {
        for (int i = 0; i < fs.size(); i++) {
            out.put(at + "[" + i + "]", fs.get(i));
        }
    }

    /**
     * Voices: the author's findings and claims cite at least one asserting sentence; the dataset's own
     * readings cite one too, call themselves the dataset's reading, and name no sentence they do not cite;
     * a verdict the author does not give ('unstated') is the dataset's statement; an author's verdict on a
     * hotspot cites its own section; the dataset's reading never records an act.
     */
    static void voices(List<String> failures, Atlas atlas) {
        Set<Locator> asserting = Set.copyOf(atlas.source().asserting());
        for (Map.Entry<String, Finding> f : findings(atlas).entrySet()) {
            voiced(failures, "finding " + f.getKey(), f.getValue().voice(), f.getValue().text(), f.getValue().locators(),
                    asserting);
        }
        for (Claim c : atlas.claims()) {
            voiced(failures, "claim " + c.id(), c.voice(), c.summary(), c.locators(), asserting);
            if (c.voice() == Voice.DATASET && atlas.analysis().isAct(c)) {
                failures.add("claim " + c.id() + " is the dataset's reading but records an act ("
                        + c.action().code() + ", " + c.modality().code() + ")");
            }
        }
        for (Hotspot h : atlas.hotspots()) {
            Finding reason = h.assessment().alignmentReason();
            if (h.assessment().alignment() == UsAlignment.UNSTATED && reason.voice() != Voice.DATASET) {
                failures.add("hotspot " + h.id() + " alignment is unstated, so its reason is the dataset's statement, "
                        + "but its voice is " + reason.voice().code());
            }
            int section = h.heading().paragraph() + 1;
            if (h.assessment().alignment() != UsAlignment.UNSTATED && reason.voice() == Voice.AUTHOR
                    && reason.locators().stream().noneMatch(l -> l.paragraph() == section)) {
                failures.add("hotspot " + h.id() + " has the author's verdict " + h.assessment().alignment().code()
                        + " but its reason cites no sentence of the section (¶" + section + ")");
            }
        }
        Relationship r = atlas.relationship();
        if (r.principals().size() != 2 || r.thesis().isEmpty() || r.drivers().isEmpty() || r.limits().isEmpty()
                || r.conclusion().isEmpty()) {
            failures.add("the relationship needs two principals and at least one thesis, driver, limit and conclusion");
        }
    }

    private static void voiced(List<String> failures, String at, Voice voice, String text, List<Locator> locators,
                               Set<Locator> asserting) {
        if ((voice == Voice.AUTHOR || voice == Voice.DATASET) && locators.stream().noneMatch(asserting::contains)) {
            failures.add(at + " is in the " + voice.code() + "'s voice but cites no asserting sentence: " + locators);
        }
        if (voice == Voice.DATASET && !text.toLowerCase(Locale.ROOT).contains("dataset")) {
            failures.add(at + " is the dataset's reading but its text does not say so: '" + text + "'");
        }
        Matcher m = INLINE_LOCATOR.matcher(text);
        while (m.find()) {
            Locator named = Locator.parse(m.group());
            if (!locators.contains(named)) {
                failures.add(at + " names " + named + " in its text but does not cite it: " + locators);
            }
        }
    }

    /**
     * Tense: an event not held at publication is not dated before it and no claim reports it as fact; an
     * event held by then is not dated after it; a forecast about an expected event uses the event's
     * likelihood word; a likelihood only on an expected event.
     */
    static void tense(List<String> failures, Atlas atlas) {
        Analysis an = atlas.analysis();
        PartialDate published = atlas.source().published();
        for (Event e : atlas.events()) {
            String at = "event " + e.id() + " (" + e.status().code() + ")";
            Optional<TimeRef> when = an.effectiveDate(e);
            if (!e.status().hasOccurred() && when.isPresent() && when.get().date().end().isBefore(published.start())) {
                failures.add(at + " had not happened at publication (" + published + ") but is dated " + when.get().date());
            }
            if (e.status().hasOccurred() && when.isPresent() && when.get().date().start().isAfter(published.end())) {
                failures.add(at + " happened by publication (" + published + ") but is dated " + when.get().date());
            }
            if (e.likelihood() != null && e.status() != EventStatus.EXPECTED) {
                failures.add(at + " has a likelihood but is not expected");
            }
            for (Claim c : atlas.claims()) {
                if (!c.events().contains(e.id())) {
                    continue;
                }
                if (!e.status().hasOccurred() && c.modality() == Modality.FACT) {
                    failures.add("claim " + c.id() + " reports as fact the " + e.status().code() + " event " + e.id());
                }
                if (e.status() == EventStatus.EXPECTED && c.modality() == Modality.FORECAST
                        && c.likelihood() != e.likelihood()) {
                    failures.add("claim " + c.id() + " forecasts the expected event " + e.id() + " with likelihood "
                            + c.likelihood() + " but the event has " + e.likelihood());
                }
            }
        }
    }

    /** A date the dataset derived is the dataset's reading: on one of its claims, or an event one names. */
    static void derivedDates(List<String> failures, Atlas atlas) {
        Set<String> readEvents = new LinkedHashSet<>();
        for (Claim c : atlas.claims()) {
            if (c.voice() == Voice.DATASET) {
                readEvents.addAll(c.events());
            } else if (c.time() != null && c.time().derivation() == DateDerivation.DERIVED) {
                failures.add("claim " + c.id() + " has a date the dataset derived but the voice " + c.voice().code());
            }
        }
        for (Event e : atlas.events()) {
            if (e.time() != null && e.time().derivation() == DateDerivation.DERIVED && !readEvents.contains(e.id())) {
                failures.add("event " + e.id() + " has a date the dataset derived but no claim in the dataset's voice "
                        + "says how");
            }
        }
    }

    /**
     * Every act both principals carry out, plan or are expected to carry out says whether the source
     * presents it as one act together or as acts each did in parallel, since that decides whether it
     * counts as a joint act (and how a plan's who-acts reads).
     */
    static void concert(List<String> failures, Atlas atlas) {
        Analysis analysis = atlas.analysis();
        for (Claim c : atlas.claims()) {
            boolean doneOrToBeDone = c.modality() == Modality.FACT || c.modality() == Modality.STATED_PLAN
                    || c.modality() == Modality.FORECAST;
            if (c.action().isAct() && doneOrToBeDone && analysis.whoActs(c).isBoth() && c.concert() == null) {
                failures.add("claim " + c.id() + " is an act (done, planned or expected) of both principals but records no concert "
                        + "(together or in-parallel)");
            }
        }
    }

    /** Leaders, officials, official bodies and media name whom they act for, unless listed with a reason. */
    static void agents(List<String> failures, Atlas atlas) {
        for (Actor a : atlas.actors()) {
            boolean excepted = ACTS_FOR_EXCEPTIONS.containsKey(a.id());
            if (excepted && a.actsFor() != null) {
                failures.add("actor " + a.id() + " is listed as an actsFor exception but acts for " + a.actsFor());
            }
            if (excepted && !AGENT_KINDS.contains(a.kind())) {
                failures.add("actor " + a.id() + " is listed as an actsFor exception but is a " + a.kind().code());
            }
            if (AGENT_KINDS.contains(a.kind()) && a.actsFor() == null && !excepted) {
                failures.add("actor " + a.id() + " is a " + a.kind().code() + " but names no actsFor");
            }
            if (a.actsFor() != null) {
                atlas.actor(a.actsFor()).filter(p -> p.kind() != ActorKind.STATE
                        && p.kind() != ActorKind.INTERNATIONAL_ORGANISATION).ifPresent(p -> failures.add("actor " + a.id()
                        + " acts for " + p.id() + ", a " + p.kind().code() + ", not a state or organisation"));
            }
        }
        for (String id : ACTS_FOR_EXCEPTIONS.keySet()) {
            if (atlas.actor(id).isEmpty()) {
                failures.add("actsFor exception " + id + " names no actor");
            }
        }
    }

    /** Every allow-listed host is in use, so the list stays the exact set of hosts the data trusts. */
    static void allowListIsExact(List<String> failures, Atlas atlas) {
        Set<String> used = new TreeSet<>();
        for (Actor a : atlas.actors()) {
            a.externalIds().forEach(x -> host(x.reference()).ifPresent(used::add));
            a.nativeNames().forEach(n -> host(n.reference()).ifPresent(used::add));
        }
        for (Event e : atlas.events()) {
            e.enriched().ifPresent(t -> host(t.reference()).ifPresent(used::add));
            e.externalIds().forEach(x -> host(x.reference()).ifPresent(used::add));
        }
        for (String h : new TreeSet<>(ALLOWED_HOSTS.keySet())) {
            if (!used.contains(h)) {
                failures.add("allowed host " + h + " is used by no reference: drop it from ALLOWED_HOSTS");
            }
        }
    }

    private static Optional<String> host(String reference) {
        try {
            return Optional.ofNullable(URI.create(reference).getHost());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static void externalId(List<String> failures, String at, ExternalId x) {
        String what = at + " external id " + x.scheme().code() + " " + x.value();
        reference(failures, what, x.reference());
        if (x.scheme() == ExternalIdScheme.WIKIDATA) {
            if (!x.value().matches("Q[1-9][0-9]*")) {
                failures.add(what + " is not a Wikidata item id");
            } else if (!x.reference().equals("https://www.wikidata.org/wiki/" + x.value())) {
                failures.add(what + " must cite its own entity page, but cites " + x.reference());
            }
        }
        if (x.scheme() == ExternalIdScheme.ISO_3166_1_ALPHA2) {
            if (!x.value().matches("[A-Z]{2}") || USER_ASSIGNED.matcher(x.value()).matches()) {
                failures.add(what + " is not an ISO-assigned ISO 3166-1 alpha-2 code");
            } else if (!x.reference().equals("https://www.iso.org/obp/ui/#iso:code:3166:" + x.value())) {
                failures.add(what + " must cite ISO's entry for the code, but cites " + x.reference());
            }
        }
        if (x.scheme() == ExternalIdScheme.URL) {
            reference(failures, what + " (as a URL)", x.value());
        }
    }

    /** An enrichment reference: an absolute http(s) URL and nothing else, on an allowed host. */
    private static void reference(List<String> failures, String what, String reference) {
        if (reference == null || reference.isBlank()) {
            failures.add(what + " has no reference");
            return;
        }
        URI uri;
        try {
            uri = URI.create(reference);
        } catch (IllegalArgumentException e) {
            failures.add(what + " reference is not a URL: '" + reference + "'");
            return;
        }
        if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
            failures.add(what + " reference is not an absolute http(s) URL: '" + reference + "'");
        } else if (!ALLOWED_HOSTS.containsKey(uri.getHost())) {
            failures.add(what + " reference host " + uri.getHost() + " is not on the allow-list of primary or "
                    + "authoritative sources: " + reference);
        }
    }

    private static void time(List<String> failures, String what, TimeRef t) {
        PartialDate d = t.date();
        if (d.start().isBefore(LocalDate.of(1900, 1, 1)) || d.end().isAfter(LocalDate.of(2100, 12, 31))) {
            failures.add(what + " " + d + " is outside 1900-2100");
        }
        if (t.derivation() == DateDerivation.ENRICHMENT) {
            reference(failures, what, t.reference());
        }
    }

    @Test
    void theExpectedAssertionsAreEverySentenceButCaptionsAndEndMatter() {
        List<Locator> expected = expectedAsserting();
        assertEquals(29, ARTICLE_OUTLINE.length);
        int sentences = IntStream.of(ARTICLE_OUTLINE).sum();
        // ¶3.2, ¶4.1, ¶4.2, ¶7.2, ¶27.1, ¶27.2 are left out
        assertEquals(sentences - 6, expected.size());
        assertEquals(Locator.of(2, 1), expected.get(0));
        assertEquals(Locator.of(26, 4), expected.get(expected.size() - 1));
        assertTrue(expected.contains(Locator.of(3, 1)) && expected.contains(Locator.of(7, 1)));
    }
}
