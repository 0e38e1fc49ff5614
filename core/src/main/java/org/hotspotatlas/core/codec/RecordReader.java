package org.hotspotatlas.core.codec;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;

import org.hotspotatlas.core.Problem;
import org.hotspotatlas.core.io.DatasetFormat;
import org.hotspotatlas.core.model.Action;
import org.hotspotatlas.core.model.Actor;
import org.hotspotatlas.core.model.ActorKind;
import org.hotspotatlas.core.model.ActorRole;
import org.hotspotatlas.core.model.Anchor;
import org.hotspotatlas.core.model.Assessment;
import org.hotspotatlas.core.model.Bound;
import org.hotspotatlas.core.model.Claim;
import org.hotspotatlas.core.model.Concert;
import org.hotspotatlas.core.model.CoordinationPattern;
import org.hotspotatlas.core.model.DateDerivation;
import org.hotspotatlas.core.model.Event;
import org.hotspotatlas.core.model.EventKind;
import org.hotspotatlas.core.model.EventStatus;
import org.hotspotatlas.core.model.ExternalId;
import org.hotspotatlas.core.model.ExternalIdScheme;
import org.hotspotatlas.core.model.Finding;
import org.hotspotatlas.core.model.GeoPoint;
import org.hotspotatlas.core.model.Hotspot;
import org.hotspotatlas.core.model.Instrument;
import org.hotspotatlas.core.model.Likelihood;
import org.hotspotatlas.core.model.LocalName;
import org.hotspotatlas.core.model.Locator;
import org.hotspotatlas.core.model.Modality;
import org.hotspotatlas.core.model.PartialDate;
import org.hotspotatlas.core.model.Quantity;
import org.hotspotatlas.core.model.Region;
import org.hotspotatlas.core.model.Relationship;
import org.hotspotatlas.core.model.Source;
import org.hotspotatlas.core.model.TextSafety;
import org.hotspotatlas.core.model.Theatre;
import org.hotspotatlas.core.model.TimeRef;
import org.hotspotatlas.core.model.UsAlignment;
import org.hotspotatlas.core.model.Vocabulary;
import org.hotspotatlas.core.model.Voice;

import tools.jackson.databind.JsonNode;

/**
 * Reads the records of the dataset format from JSON trees: the one definition of the per-record
 * layout on the reading side, used by {@code Atlas.read} and by the export module's Jackson module.
 *
 * <p>It collects every problem with where it is, rather than stopping at the first: each record
 * method returns the record, or null if it could not be built, and {@link #problems()} lists what was
 * wrong, each naming the record (with its id, when {@code idsInPaths} is on), the field and the rule.
 * Records go through their validating constructors, so a record that reads is a valid record.
 * Not thread-safe: use one reader per document.
 */
public final class RecordReader {
    private final ProblemList problems;
    /** Ids of records that were present but could not be read; references to them are not dangling. */
    private final Set<String> unreadable = new java.util.HashSet<>();
    /** Each top-level record's index in the file, which differs from its index in the atlas once an
     *  earlier record could not be read. */
    private final Map<Object, Integer> positions = new java.util.IdentityHashMap<>();
    private final boolean strictFields;
    private final boolean idsInPaths;
    /** Whether the document declares format 1.0; null until its version is known. */
    private Boolean format10;
    /** Fields new in format 1.1 met before the version was known: problems if it turns out to be 1.0. */
    private final List<Problem> newerFields = new ArrayList<>();

    /**
     * A reader that keeps every problem.
     *
     * @param strictFields whether a field the layout does not know is a problem (otherwise it is skipped)
     * @param idsInPaths   whether a record's path names its id, as in {@code claims[3] (id x).modality}
     */
    public RecordReader(boolean strictFields, boolean idsInPaths) {
        this(strictFields, idsInPaths, Integer.MAX_VALUE);
    }

    /**
     * A reader that keeps the first problems and counts the rest.
     *
     * @param strictFields whether a field the layout does not know is a problem (otherwise it is skipped)
     * @param idsInPaths   whether a record's path names its id, as in {@code claims[3] (id x).modality}
     * @param maxProblems  the most problems kept (see {@link #moreProblems()})
     */
    public RecordReader(boolean strictFields, boolean idsInPaths, int maxProblems) {
        this.strictFields = strictFields;
        this.idsInPaths = idsInPaths;
        this.problems = new ProblemList(maxProblems);
    }

    /**
     * Declares the document's format version: in a 1.0 document the fields added in 1.1 are problems.
     * Records read before it is declared are checked when it is.
     *
     * @param version the declared version, or null if none was read
     */
    public void formatVersion(String version) {
        this.format10 = "1.0".equals(version);
        if (format10) {
            newerFields.forEach(problems::add);
        }
        newerFields.clear();
    }

    /** {@return the problems found so far, in the order found: all of them, or the first ones kept} */
    public List<Problem> problems() {
        return problems;
    }

    /** {@return how many problems were found beyond those {@link #problems()} kept} */
    public long moreProblems() {
        return problems.more();
    }

    /** {@return each top-level record read by {@link #document}, by identity, with its index in the file} */
    public Map<Object, Integer> positions() {
        return positions;
    }

    /** {@return the ids of records that were present but could not be read} */
    public Set<String> unreadable() {
        return unreadable;
    }

    /**
     * Records a problem found outside a record, such as a document-level field.
     *
     * @param where   where it is
     * @param message what is wrong
     */
    public void problem(String where, String message) {
        problems.add(new Problem(where, message));
    }

    /**
     * {@return how a message names a node's JSON type, such as "an array"}
     *
     * @param n    a node
     */
    public static String kind(JsonNode n) {
        return switch (n.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> n.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
        };
    }

    // ------------------------------------------------------------------ the document

    /**
     * The parts of a dataset document, each record already validated on its own; records that could
     * not be read are left out (and reported).
     *
     * @param dataVersion  the data version, or null if missing
     * @param dataReleased the day the data version was released, or null if absent or not a valid ISO date
     * @param source       the source, or null if missing or unreadable
     * @param relationship the relationship, or null if absent or unreadable
     * @param actors       the readable actors
     * @param hotspots     the readable hotspots
     * @param claims       the readable claims
     * @param events       the readable events
     */
    public record Document(String dataVersion, LocalDate dataReleased, Source source, Relationship relationship, List<Actor> actors,
                           List<Hotspot> hotspots, List<Claim> claims, List<Event> events) {}

    /**
     * Reads a whole dataset document's fields and records.
     *
     * @param root the document's root object
     * @return its parts, or null if it declares a format version this library does not read (the only
     *         problem then reported)
     */
    public Document document(JsonNode root) {
        return document(root, Map.of());
    }

    /** The document's lists of records, which a streaming reader reads one record at a time. */
    public static final List<String> LISTS = List.of("actors", "hotspots", "claims", "events");

    /**
     * Reads a dataset document's fields, with the lists (or some of them) already read one record at a
     * time with {@link #listEntry}.
     *
     * @param root     the document's root object; the lists already read are not looked for in it
     * @param streamed the records already read of some of the {@link #LISTS}, by list name
     * @return its parts, or null if it declares a format version this library does not read (the only
     *         problem then reported)
     */
    @SuppressWarnings("unchecked")
    public Document document(JsonNode root, Map<String, List<?>> streamed) {
        Obj o = new Obj(root, "$");
        o.known("$schema", "formatVersion", "dataVersion", "dataReleased", "source", "relationship", "actors", "hotspots", "claims",
                "events");
        String version = o.text("formatVersion");
        if (version != null && !DatasetFormat.SUPPORTED_VERSIONS.contains(version)) {
            problems.clear();
            problem("formatVersion", "unsupported format version '" + version
                    + "'; this library reads " + String.join(", ", DatasetFormat.SUPPORTED_VERSIONS));
            return null;
        }
        formatVersion(version);
        o.since11("relationship");
        o.since11("dataReleased");
        o.optText("$schema");
        String dataVersion = o.text("dataVersion");
        LocalDate dataReleased = o.day("dataReleased");
        Source source = o.object("source", true, this::source);
        Relationship relationship = o.object("relationship", false, this::relationship);
        List<Actor> actors = (List<Actor>) entries(o, streamed, "actors", true);
        List<Hotspot> hotspots = (List<Hotspot>) entries(o, streamed, "hotspots", true);
        List<Claim> claims = (List<Claim>) entries(o, streamed, "claims", true);
        List<Event> events = (List<Event>) entries(o, streamed, "events", false);
        return new Document(dataVersion, dataReleased, source, relationship, actors, hotspots, claims, events);
    }

    private List<?> entries(Obj o, Map<String, List<?>> streamed, String list, boolean required) {
        if (streamed.containsKey(list)) {
            return streamed.get(list);
        }
        int[] next = {0};
        return o.list(list, required, (node, path) -> listEntry(list, next[0]++, node));
    }

    /**
     * Reads one record of a top-level list and remembers its index in the file.
     *
     * @param list  one of the {@link #LISTS}
     * @param index the record's index in that list in the file
     * @param n     the record
     * @return the record (an {@link Actor}, {@link Hotspot}, {@link Claim} or {@link Event}), or null if
     *         it could not be built
     */
    public Object listEntry(String list, int index, JsonNode n) {
        String path = list + "[" + index + "]";
        Object record = switch (list) {
            case "actors" -> actor(n, path);
            case "hotspots" -> hotspot(n, path);
            case "claims" -> claim(n, path);
            case "events" -> event(n, path);
            default -> throw new IllegalArgumentException("a dataset has no list '" + list + "'; it has " + LISTS);
        };
        if (record != null) {
            positions.put(record, index);
        }
        return record;
    }

    // ------------------------------------------------------------------ records

    /**
     * Reads the source from a JSON object, noting each fault (missing or unknown field, wrong type,
     * broken rule) as a problem at its path.
     *
     * @param n    the source object
     * @param path its path, for messages
     * @return the source, or null if it could not be built
     */
    public Source source(JsonNode n, String path) {
        Obj o = new Obj(n, path);
        if (o.isNotObject()) {
            return null;
        }
        o.known("title", "publisher", "publicationType", "published", "url", "outline", "asserting", "anchors");
        String title = o.text("title");
        String publisher = o.text("publisher");
        String type = o.text("publicationType");
        PartialDate published = o.date("published", true);
        URI url = o.uri("url");
        List<Integer> outline = o.list("outline", true, (x, p) -> {
            if (!x.isIntegralNumber() || !x.canConvertToInt() || x.intValue() < 0) {
                problem(p, "must be a whole number of sentences >= 0, but was " + show(x));
                return null;
            }
            return x.intValue();
        });
        List<Locator> asserting = o.locators("asserting", false);
        o.since11("anchors");
        List<Anchor> anchors = o.list("anchors", false, this::anchor);
        return o.build(() -> new Source(title, publisher, type, published, url, outline, asserting, anchors));
    }

    /**
     * Reads an anchor from a JSON object, noting each fault (missing or unknown field, wrong type,
     * broken rule) as a problem at its path.
     *
     * @param n    an anchor object
     * @param path its path, for messages
     * @return the anchor, or null if it could not be built
     */
    public Anchor anchor(JsonNode n, String path) {
        Obj o = new Obj(n, path);
        if (o.isNotObject()) {
            return null;
        }
        o.known("locator", "prefix", "start", "end", "suffix");
        Locator locator = o.locator("locator");
        String prefix = o.optText("prefix");
        String start = o.text("start");
        String end = o.optText("end");
        String suffix = o.optText("suffix");
        Anchor anchor = o.build(() -> new Anchor(locator, prefix, start, end, suffix));
        // the source keeps its anchors in locator order: remember where each stood in the file, for messages
        int open = path.lastIndexOf('[');
        if (anchor != null && open >= 0 && path.endsWith("]")) {
            try {
                positions.put(anchor, Integer.parseInt(path.substring(open + 1, path.length() - 1)));
            } catch (NumberFormatException e) {
                // a path without an index: messages count in locator order
            }
        }
        return anchor;
    }

    /**
     * Reads the relationship from a JSON object, noting each fault (missing or unknown field, wrong type,
     * broken rule) as a problem at its path.
     *
     * @param n    the relationship object
     * @param path its path, for messages
     * @return the relationship, or null if it could not be built
     */
    public Relationship relationship(JsonNode n, String path) {
        Obj o = new Obj(n, path);
        if (o.isNotObject()) {
            return null;
        }
        o.known("principals", "thesis", "drivers", "limits", "conclusion");
        List<String> principals = o.ids("principals");
        List<Finding> thesis = o.list("thesis", false, this::finding);
        List<Finding> drivers = o.list("drivers", false, this::finding);
        List<Finding> limits = o.list("limits", false, this::finding);
        List<Finding> conclusion = o.list("conclusion", false, this::finding);
        return o.build(() -> new Relationship(principals, thesis, drivers, limits, conclusion));
    }

    /**
     * Reads an actor from a JSON object, noting each fault (missing or unknown field, wrong type,
     * broken rule) as a problem at its path.
     *
     * @param n    an actor object
     * @param path its path, for messages
     * @return the actor, or null if it could not be built
     */
    public Actor actor(JsonNode n, String path) {
        Obj o = new Obj(n, path);
        if (o.isNotObject()) {
            return null;
        }
        o.known("id", "kind", "name", "aliases", "nativeNames", "externalIds", "memberOf", "actsFor", "locators");
        o.since11("actsFor");
        String id = o.id("id");
        ActorKind kind = o.code("kind", ActorKind.class, true);
        String name = o.text("name");
        List<String> aliases = o.texts("aliases");
        List<LocalName> nativeNames = o.list("nativeNames", false, this::localName);
        List<ExternalId> externalIds = o.list("externalIds", false, this::externalId);
        List<String> memberOf = o.ids("memberOf");
        String actsFor = o.optId("actsFor");
        List<Locator> locators = o.locators("locators", false);
        return o.build(() -> new Actor(id, kind, name, aliases, nativeNames, externalIds, memberOf, actsFor,
                locators));
    }

    /**
     * Reads a native name from a JSON object, noting each fault (missing or unknown field, wrong type,
     * broken rule) as a problem at its path.
     *
     * @param n    a native-name object
     * @param path its path, for messages
     * @return the name, or null if it could not be built
     */
    public LocalName localName(JsonNode n, String path) {
        Obj l = new Obj(n, path);
        if (l.isNotObject()) {
            return null;
        }
        l.known("language", "name", "reference");
        String lang = l.text("language");
        String nm = l.text("name");
        String ref = l.text("reference");
        return l.build(() -> new LocalName(lang, nm, ref));
    }

    /**
     * Reads an external id from a JSON object, noting each fault (missing or unknown field, wrong type,
     * broken rule) as a problem at its path.
     *
     * @param n    an external-id object
     * @param path its path, for messages
     * @return the external id, or null if it could not be built
     */
    public ExternalId externalId(JsonNode n, String path) {
        Obj e = new Obj(n, path);
        if (e.isNotObject()) {
            return null;
        }
        e.known("scheme", "value", "reference");
        ExternalIdScheme scheme = e.code("scheme", ExternalIdScheme.class, true);
        String value = e.text("value");
        String ref = e.text("reference");
        return e.build(() -> new ExternalId(scheme, value, ref));
    }

    /**
     * Reads a hotspot from a JSON object, noting each fault (missing or unknown field, wrong type,
     * broken rule) as a problem at its path.
     *
     * @param n    a hotspot object
     * @param path its path, for messages
     * @return the hotspot, or null if it could not be built
     */
    public Hotspot hotspot(JsonNode n, String path) {
        Obj o = new Obj(n, path);
        if (o.isNotObject()) {
            return null;
        }
        o.known("id", "name", "regions", "heading", "location", "theatres", "roles", "assessment", "summary");
        String id = o.id("id");
        String name = o.text("name");
        List<Region> regions = o.codes("regions", Region.class, true);
        Locator heading = o.locator("heading");
        GeoPoint location = o.object("location", true, this::point);
        List<Theatre> theatres = o.list("theatres", false, this::theatre);
        List<ActorRole> roles = o.list("roles", false, this::role);
        Assessment assessment = o.object("assessment", true, this::assessment);
        String summary = o.text("summary");
        return o.build(() -> new Hotspot(id, name, regions, heading, location, theatres, roles, assessment, summary));
    }

    /**
     * Reads a theatre from a JSON object, noting each fault (missing or unknown field, wrong type,
     * broken rule) as a problem at its path.
     *
     * @param n    a theatre object
     * @param path its path, for messages
     * @return the theatre, or null if it could not be built
     */
    public Theatre theatre(JsonNode n, String path) {
        Obj t = new Obj(n, path);
        if (t.isNotObject()) {
            return null;
        }
        t.known("id", "name", "places", "location", "locators");
        String tid = t.id("id");
        String tname = t.text("name");
        List<String> places = t.ids("places");
        GeoPoint loc = t.object("location", true, this::point);
        List<Locator> locs = t.locators("locators", false);
        return t.build(() -> new Theatre(tid, tname, places, loc, locs));
    }

    /**
     * Reads a role from a JSON object, noting each fault (missing or unknown field, wrong type,
     * broken rule) as a problem at its path.
     *
     * @param n    a role object
     * @param path its path, for messages
     * @return the role, or null if it could not be built
     */
    public ActorRole role(JsonNode n, String path) {
        Obj r = new Obj(n, path);
        if (r.isNotObject()) {
            return null;
        }
        r.known("actor", "does", "wants", "instruments", "locators");
        String actor = r.id("actor");
        String does = r.text("does");
        String wants = r.text("wants");
        List<Instrument> instruments = r.codes("instruments", Instrument.class, false);
        List<Locator> locs = r.locators("locators", true);
        return r.build(() -> new ActorRole(actor, does, wants, instruments, locs));
    }

    /**
     * Reads an assessment from a JSON object, noting each fault (missing or unknown field, wrong type,
     * broken rule) as a problem at its path.
     *
     * @param n    an assessment object
     * @param path its path, for messages
     * @return the assessment, or null if it could not be built
     */
    public Assessment assessment(JsonNode n, String path) {
        Obj o = new Obj(n, path);
        if (o.isNotObject()) {
            return null;
        }
        o.known("pattern", "otherPatterns", "coordination", "targets", "alignment", "alignmentReason",
                "divergences", "outlook");
        CoordinationPattern pattern = o.code("pattern", CoordinationPattern.class, true);
        List<CoordinationPattern> others = o.codes("otherPatterns", CoordinationPattern.class, false);
        Finding coordination = o.object("coordination", true, this::finding);
        List<String> targets = o.ids("targets");
        UsAlignment alignment = o.code("alignment", UsAlignment.class, true);
        Finding reason = o.object("alignmentReason", true, this::finding);
        List<Finding> divergences = o.list("divergences", false, this::finding);
        List<Finding> outlook = o.list("outlook", false, this::finding);
        return o.build(() -> new Assessment(pattern, others, coordination, targets, alignment, reason, divergences,
                outlook));
    }

    /**
     * Reads a finding from a JSON object, noting each fault (missing or unknown field, wrong type,
     * broken rule) as a problem at its path.
     *
     * @param n    a finding object
     * @param path its path, for messages
     * @return the finding, or null if it could not be built
     */
    public Finding finding(JsonNode n, String path) {
        Obj o = new Obj(n, path);
        if (o.isNotObject()) {
            return null;
        }
        o.known("text", "modality", "voice", "likelihood", "locators");
        String text = o.text("text");
        Modality modality = o.code("modality", Modality.class, true);
        Voice voice = o.code("voice", Voice.class, true);
        Likelihood likelihood = o.code("likelihood", Likelihood.class, false);
        List<Locator> locs = o.locators("locators", true);
        return o.build(() -> new Finding(text, modality, voice, likelihood, locs));
    }

    /**
     * Reads a claim from a JSON object, noting each fault (missing or unknown field, wrong type,
     * broken rule) as a problem at its path.
     *
     * @param n    a claim object
     * @param path its path, for messages
     * @return the claim, or null if it could not be built
     */
    public Claim claim(JsonNode n, String path) {
        Obj o = new Obj(n, path);
        if (o.isNotObject()) {
            return null;
        }
        o.known("id", "hotspot", "theatre", "subjects", "action", "objects", "summary", "modality", "voice",
                "likelihood", "time", "quantities", "quote", "cameo", "events", "locators", "concert");
        o.since11("concert");
        String id = o.id("id");
        String hotspot = o.optId("hotspot");
        String theatre = o.optId("theatre");
        List<String> subjects = o.ids("subjects");
        Action action = o.code("action", Action.class, true);
        List<String> objects = o.ids("objects");
        String summary = o.text("summary");
        Modality modality = o.code("modality", Modality.class, true);
        Voice voice = o.code("voice", Voice.class, true);
        Likelihood likelihood = o.code("likelihood", Likelihood.class, false);
        TimeRef time = o.object("time", false, this::time);
        List<Quantity> quantities = o.list("quantities", false, this::quantity);
        String quote = o.optText("quote");
        String cameo = o.optText("cameo");
        List<String> events = o.ids("events");
        List<Locator> locators = o.locators("locators", true);
        Concert concert = o.code("concert", Concert.class, false);
        return o.build(() -> new Claim(id, hotspot, theatre, subjects, action, objects, summary, modality, voice,
                likelihood, time, quantities, quote, cameo, events, locators, concert));
    }

    /**
     * Reads a quantity from a JSON object, noting each fault (missing or unknown field, wrong type,
     * broken rule) as a problem at its path.
     *
     * @param n    a quantity object
     * @param path its path, for messages
     * @return the quantity, or null if it could not be built
     */
    public Quantity quantity(JsonNode n, String path) {
        Obj q = new Obj(n, path);
        if (q.isNotObject()) {
            return null;
        }
        q.known("measure", "value", "bound", "unit", "ordinal");
        String measure = q.text("measure");
        Long value = q.whole("value");
        Bound bound = q.code("bound", Bound.class, true);
        String unit = q.text("unit");
        boolean ordinal = q.bool("ordinal");
        return q.build(() -> new Quantity(measure, value, bound, unit, ordinal));
    }

    /**
     * Reads an event from a JSON object, noting each fault (missing or unknown field, wrong type,
     * broken rule) as a problem at its path.
     *
     * @param n    an event object
     * @param path its path, for messages
     * @return the event, or null if it could not be built
     */
    public Event event(JsonNode n, String path) {
        Obj o = new Obj(n, path);
        if (o.isNotObject()) {
            return null;
        }
        o.known("id", "kind", "title", "status", "likelihood", "time", "enrichedTime", "place", "participants",
                "hotspot", "externalIds", "locators");
        o.since11("status");
        o.since11("likelihood");
        String id = o.id("id");
        EventKind kind = o.code("kind", EventKind.class, true);
        String title = o.text("title");
        EventStatus status = o.code("status", EventStatus.class, false);
        Likelihood likelihood = o.code("likelihood", Likelihood.class, false);
        // 1.1 lets an event the source gives no time for go undated; 1.0 requires a time
        o.requiredIn10("time");
        TimeRef time = o.object("time", Boolean.TRUE.equals(format10), this::time);
        TimeRef enriched = o.object("enrichedTime", false, this::time);
        String place = o.optId("place");
        List<String> participants = o.ids("participants");
        String hotspot = o.optId("hotspot");
        List<ExternalId> externalIds = o.list("externalIds", false, this::externalId);
        List<Locator> locators = o.locators("locators", true);
        return o.build(() -> new Event(id, kind, title, time, enriched, place, participants, hotspot, externalIds,
                locators, status == null ? EventStatus.OCCURRED : status, likelihood));
    }

    /**
     * Reads a time from a JSON object, noting each fault (missing or unknown field, wrong type,
     * broken rule) as a problem at its path.
     *
     * @param n    a time object
     * @param path its path, for messages
     * @return the time, or null if it could not be built
     */
    public TimeRef time(JsonNode n, String path) {
        Obj o = new Obj(n, path);
        if (o.isNotObject()) {
            return null;
        }
        o.known("date", "derivation", "expression", "reference");
        PartialDate date = o.date("date", true);
        DateDerivation derivation = o.code("derivation", DateDerivation.class, true);
        String expression = o.optText("expression");
        String reference = o.optText("reference");
        return o.build(() -> new TimeRef(date, derivation, expression, reference));
    }

    /**
     * Reads a point from a JSON object, noting each fault (missing or unknown field, wrong type,
     * broken rule) as a problem at its path.
     *
     * @param n    a point object
     * @param path its path, for messages
     * @return the point, or null if it could not be built
     */
    public GeoPoint point(JsonNode n, String path) {
        Obj g = new Obj(n, path);
        if (g.isNotObject()) {
            return null;
        }
        g.known("latitude", "longitude");
        Double lat = g.number("latitude");
        Double lon = g.number("longitude");
        return g.build(() -> new GeoPoint(lat, lon));
    }

    // ------------------------------------------------------------------ scalars

    /**
     * {@return the locator, or null if it is not one}
     *
     * @param n    a locator string such as {@code "¶13.4"}
     * @param path its path, for messages
     */
    public Locator locator(JsonNode n, String path) {
        if (!n.isString()) {
            problem(path, "must be a locator string such as '¶13.4', but was " + kind(n));
            return null;
        }
        try {
            return Locator.parse(n.stringValue());
        } catch (IllegalArgumentException e) {
            problem(path, e.getMessage());
            return null;
        }
    }

    /**
     * {@return the date, or null if it is not one}
     *
     * @param n    a date string such as {@code "2019-06"}
     * @param path its path, for messages
     */
    public PartialDate date(JsonNode n, String path) {
        if (!n.isString()) {
            problem(path, "must be a date string such as '2019-06', but was " + kind(n));
            return null;
        }
        try {
            return PartialDate.parse(n.stringValue());
        } catch (IllegalArgumentException e) {
            problem(path, e.getMessage());
            return null;
        }
    }

    /**
     * {@return the term, or null if it is not one}
     *
     * @param n    a vocabulary code string
     * @param path its path, for messages
     * @param type the vocabulary
     * @param <E>  the vocabulary type
     */
    public <E extends Enum<E> & Vocabulary> E code(JsonNode n, String path, Class<E> type) {
        if (!n.isString()) {
            problem(path, "must be a string code, but was " + kind(n));
            return null;
        }
        try {
            return Vocabulary.fromCode(type, n.stringValue());
        } catch (IllegalArgumentException e) {
            problem(path, e.getMessage());
            return null;
        }
    }

    // ------------------------------------------------------------------ helpers

    private static String show(JsonNode n) {
        if (n.isString()) {
            String s = n.stringValue();
            return "'" + (s.length() > 60 ? s.substring(0, 60) + "..." : s) + "'";
        }
        return (n.isArray() || n.isObject()) ? kind(n) : n.toString();
    }

    /** One JSON object being read, with its path for messages. */
    private final class Obj {
        private final JsonNode node;
        private final String path;
        boolean failed;

        Obj(JsonNode node, String path) {
            this.node = node;
            // name the record by its id from the start, so every problem in it (unknown fields too) does
            JsonNode id = node.isObject() ? node.get("id") : null;
            this.path = idsInPaths && id != null && id.isString() && !id.stringValue().isBlank()
                    ? path + " (id " + id.stringValue() + ")" : path;
        }

        boolean isNotObject() {
            if (!node.isObject()) {
                problem(path, "must be an object, but was " + kind(node));
                return true;
            }
            return false;
        }

        String at(String field) {
            return "$".equals(path) ? field : path + "." + field;
        }

        void fail(String field, String message) {
            failed = true;
            problem(at(field), message);
        }

        /**
         * In a document that declares format 1.0, a field that 1.1 made optional is still required; while
         * the version is not yet known, the problem waits for it.
         */
        void requiredIn10(String field) {
            if (node.has(field) || Boolean.FALSE.equals(format10)) {
                return;
            }
            Problem p = new Problem(at(field), "is required in format 1.0; declare \"formatVersion\": \"1.1\" to "
                    + "leave it out");
            if (format10 == null) {
                newerFields.add(p);
            }
        }

        /** In a document that declares format 1.0, a field added in 1.1 is a problem. */
        void since11(String field) {
            if (!node.has(field) || Boolean.FALSE.equals(format10)) {
                return;
            }
            Problem p = new Problem(at(field), "is new in format 1.1; declare \"formatVersion\": \"1.1\" to use it");
            if (format10 == null) {
                newerFields.add(p);
            } else {
                problems.add(p);
            }
        }

        void known(String... fields) {
            if (!strictFields) {
                return;
            }
            Set<String> allowed = Set.of(fields);
            Set<String> unknown = new LinkedHashSet<>();
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                if (!allowed.contains(e.getKey())) {
                    unknown.add(e.getKey());
                }
            }
            for (String u : unknown) {
                problem(at(u), "unknown field; expected one of: " + String.join(", ", fields));
            }
        }

        JsonNode node(String field, boolean required) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                if (required) {
                    fail(field, "is required");
                }
                return null;
            }
            return v;
        }

        String text(String field) {
            JsonNode v = node(field, true);
            return v == null ? null : stringOf(field, v);
        }

        String optText(String field) {
            JsonNode v = node(field, false);
            return v == null ? null : stringOf(field, v);
        }

        private String stringOf(String field, JsonNode v) {
            if (!v.isString()) {
                fail(field, "must be a string, but was " + kind(v));
                return null;
            }
            if (v.stringValue().isBlank()) {
                fail(field, "must not be blank");
                return null;
            }
            String unpaired = TextSafety.unicodeProblem(v.stringValue());
            if (unpaired != null) {
                fail(field, unpaired);
                return null;
            }
            return v.stringValue();
        }

        String id(String field) {
            return text(field);
        }

        String optId(String field) {
            return optText(field);
        }

        Long whole(String field) {
            JsonNode v = node(field, true);
            if (v == null) {
                return null;
            }
            if (!v.isIntegralNumber() || !v.canConvertToLong()) {
                fail(field, "must be a whole number, but was " + show(v));
                return null;
            }
            return v.longValue();
        }

        boolean bool(String field) {
            JsonNode v = node(field, false);
            if (v == null) {
                return false;
            }
            if (!v.isBoolean()) {
                fail(field, "must be true or false, but was " + show(v));
                return false;
            }
            return v.booleanValue();
        }

        <E extends Enum<E> & Vocabulary> E code(String field, Class<E> type, boolean required) {
            JsonNode v = node(field, required);
            return v == null ? null : codeOf(at(field), v, type);
        }

        private <E extends Enum<E> & Vocabulary> E codeOf(String where, JsonNode v, Class<E> type) {
            if (!v.isString()) {
                failed = true;
                problem(where, "must be a string code, but was " + kind(v));
                return null;
            }
            try {
                return Vocabulary.fromCode(type, v.stringValue());
            } catch (IllegalArgumentException e) {
                failed = true;
                problem(where, e.getMessage());
                return null;
            }
        }

        <E extends Enum<E> & Vocabulary> List<E> codes(String field, Class<E> type, boolean required) {
            return list(field, required, (x, p) -> codeOf(p, x, type));
        }

        PartialDate date(String field, boolean required) {
            String s = required ? text(field) : optText(field);
            if (s == null) {
                return null;
            }
            try {
                return PartialDate.parse(s);
            } catch (IllegalArgumentException e) {
                fail(field, e.getMessage());
                return null;
            }
        }

        /** An optional full ISO calendar day, such as {@code 2026-11-30}. */
        LocalDate day(String field) {
            String s = optText(field);
            if (s == null) {
                return null;
            }
            if (!s.matches("\\d{4}-\\d{2}-\\d{2}")) {
                fail(field, "must be a full ISO date such as 2026-11-30 (year, month and day), but was '" + s + "'");
                return null;
            }
            try {
                return LocalDate.parse(s);
            } catch (java.time.format.DateTimeParseException e) {
                fail(field, "must be a real calendar day such as 2026-11-30, but was '" + s + "'");
                return null;
            }
        }

        URI uri(String field) {
            String s = text(field);
            if (s == null) {
                return null;
            }
            try {
                // whether it is absolute is the Source record's rule, checked when it is built
                return new URI(s);
            } catch (URISyntaxException e) {
                fail(field, "must be a URL: " + e.getMessage());
                return null;
            }
        }

        Locator locator(String field) {
            String s = text(field);
            return s == null ? null : locatorOf(at(field), s);
        }

        private Locator locatorOf(String where, String s) {
            try {
                return Locator.parse(s);
            } catch (IllegalArgumentException e) {
                failed = true;
                problem(where, e.getMessage());
                return null;
            }
        }

        List<Locator> locators(String field, boolean required) {
            return list(field, required, (x, p) -> {
                if (!x.isString()) {
                    failed = true;
                    problem(p, "must be a locator string such as '¶13.4', but was " + kind(x));
                    return null;
                }
                return locatorOf(p, x.stringValue());
            });
        }

        List<String> texts(String field) {
            return list(field, false, (x, p) -> {
                if (!x.isString() || x.stringValue().isBlank()) {
                    failed = true;
                    problem(p, "must be a non-blank string, but was " + show(x));
                    return null;
                }
                String unpaired = TextSafety.unicodeProblem(x.stringValue());
                if (unpaired != null) {
                    failed = true;
                    problem(p, unpaired);
                    return null;
                }
                return x.stringValue();
            });
        }

        List<String> ids(String field) {
            return texts(field);
        }

        Double number(String field) {
            JsonNode v = node(field, true);
            if (v == null) {
                return null;
            }
            if (!v.isNumber()) {
                fail(field, "must be a number, but was " + show(v));
                return null;
            }
            return v.doubleValue();
        }

        <T> T object(String field, boolean required, BiFunction<JsonNode, String, T> read) {
            JsonNode v = node(field, required);
            if (v == null) {
                return null;
            }
            T t = read.apply(v, at(field));
            if (t == null) {
                failed = true;
            }
            return t;
        }

        <T> List<T> list(String field, boolean required, BiFunction<JsonNode, String, T> read) {
            JsonNode v = node(field, required);
            if (v == null) {
                return List.of();
            }
            if (!v.isArray()) {
                fail(field, "must be an array, but was " + kind(v));
                return List.of();
            }
            List<T> out = new ArrayList<>(v.size());
            for (int i = 0; i < v.size(); i++) {
                T t = read.apply(v.get(i), at(field) + "[" + i + "]");
                if (t == null) {
                    failed = true;
                } else {
                    out.add(t);
                }
            }
            return out;
        }

        <T> T build(java.util.function.Supplier<T> make) {
            if (!failed) {
                try {
                    return Objects.requireNonNull(make.get());
                } catch (IllegalArgumentException | NullPointerException e) {
                    failed = true;
                    problem(path, e.getMessage());
                }
            }
            JsonNode id = node.get("id");
            if (id != null && id.isString()) {
                unreadable.add(id.stringValue());
            }
            return null;
        }
    }
}
