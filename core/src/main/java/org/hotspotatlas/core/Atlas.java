package org.hotspotatlas.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.hotspotatlas.core.io.AtomicFile;
import org.hotspotatlas.core.model.Action;
import org.hotspotatlas.core.model.Actor;
import org.hotspotatlas.core.model.Claim;
import org.hotspotatlas.core.model.CoordinationPattern;
import org.hotspotatlas.core.model.Event;
import org.hotspotatlas.core.model.Hotspot;
import org.hotspotatlas.core.model.Locator;
import org.hotspotatlas.core.model.Modality;
import org.hotspotatlas.core.model.Relationship;
import org.hotspotatlas.core.model.Source;
import org.hotspotatlas.core.model.Theatre;
import org.hotspotatlas.core.model.UsAlignment;

/**
 * An immutable, validated dataset of hotspots, actors, claims and events, with the source they
 * are curated from; the library's entry point.
 *
 * <p>Get the curated dataset with {@link #bundled()}, read any dataset in the same format with
 * {@link #read(Path)}, build one in code with {@link #builder()}, and write it back with
 * {@link #write(OutputStream)}. Every id a record mentions resolves, every locator points into
 * the source's outline; anything else is refused with a {@link DatasetException} that lists every
 * problem. Instances are thread-safe.
 */
public final class Atlas {

    /** The dataset format version this library writes. */
    public static final String FORMAT_VERSION = org.hotspotatlas.core.io.DatasetFormat.VERSION;

    /** Name of the bundled dataset resource, next to this class. */
    static final String BUNDLED_RESOURCE = "hotspot-atlas.json";

    private final String dataVersion;
    private final LocalDate dataReleased;
    private final Source source;
    private final Relationship relationship;
    private final Map<String, Actor> actors;
    private final Map<String, Hotspot> hotspots;
    private final Map<String, Claim> claims;
    private final Map<String, Event> events;
    private final Map<String, Theatre> theatres;
    private final List<Actor> actorList;
    private final List<Hotspot> hotspotList;
    private final List<Claim> claimList;
    private final List<Event> eventList;
    private final List<Event> timeline;
    private final Map<String, List<Claim>> claimsByHotspot;
    private final Analysis analysis;

    private Atlas(Builder b) {
        org.hotspotatlas.core.codec.ProblemList problems = new org.hotspotatlas.core.codec.ProblemList(b.maxProblems);
        this.dataVersion = b.dataVersion;
        this.dataReleased = b.dataReleased;
        this.source = b.source;
        this.relationship = b.relationship;
        if (dataVersion == null || dataVersion.isBlank()) {
            problems.add(new Problem("dataVersion", "is required"));
        } else if (org.hotspotatlas.core.model.TextSafety.unicodeProblem(dataVersion) != null) {
            problems.add(new Problem("dataVersion", org.hotspotatlas.core.model.TextSafety.unicodeProblem(dataVersion)));
        }
        if (source == null) {
            problems.add(new Problem("source", "is required"));
        }
        this.actors = index(b.actors, "actors", Actor::id, problems, b.positions);
        this.hotspots = index(b.hotspots, "hotspots", Hotspot::id, problems, b.positions);
        this.claims = index(b.claims, "claims", Claim::id, problems, b.positions);
        this.events = index(b.events, "events", Event::id, problems, b.positions);
        List<Theatre> allTheatres = new ArrayList<>();
        b.hotspots.forEach(h -> allTheatres.addAll(h.theatres()));
        this.theatres = index(allTheatres, "theatres", Theatre::id, problems, Map.of());
        this.actorList = List.copyOf(actors.values());
        this.hotspotList = List.copyOf(hotspots.values());
        this.claimList = List.copyOf(claims.values());
        this.eventList = List.copyOf(events.values());
        this.timeline = eventList.stream().sorted(CHRONOLOGICAL).toList();
        Map<String, List<Claim>> byHotspot = new java.util.HashMap<>();
        for (Claim c : claimList) {
            if (c.hotspot() != null) {
                byHotspot.computeIfAbsent(c.hotspot(), k -> new ArrayList<>()).add(c);
            }
        }
        byHotspot.replaceAll((k, v) -> List.copyOf(v));
        this.claimsByHotspot = byHotspot;
        new Integrity(this, problems, b.unreadable, b.positions).check();
        if (!problems.isEmpty()) {
            throw new DatasetException("dataset", problems, problems.more());
        }
        this.analysis = new Analysis(this);
    }

    private static <T> Map<String, T> index(List<T> items, String what, java.util.function.Function<T, String> id,
                                            List<Problem> problems, Map<Object, Integer> positions) {
        Map<String, T> map = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            if (map.putIfAbsent(id.apply(item), item) != null) {
                problems.add(new Problem(what + "[" + positions.getOrDefault(item, i) + "] (id " + id.apply(item) + ")",
                        "duplicate id; ids must be unique among " + what));
            }
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    // ---------------------------------------------------------------- reading and writing

    /**
     * The curated dataset shipped with the library, loaded on first use and cached. Thread-safe.
     *
     * @return the bundled atlas
     * @throws IllegalStateException if the resource is missing from the class path
     * @throws DatasetException      if the resource is damaged (a broken build)
     */
    public static Atlas bundled() {
        Atlas a = bundled;
        if (a == null) {
            synchronized (Atlas.class) {
                a = bundled;
                if (a == null) {
                    a = loadBundled();
                    bundled = a;
                }
            }
        }
        return a;
    }

    private static volatile Atlas bundled;

    private static Atlas loadBundled() {
        try (InputStream in = Atlas.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the bundled dataset resource " + BUNDLED_RESOURCE
                        + " is missing from the class path; is hotspot-atlas-core complete?");
            }
            return DatasetReader.read(in, "bundled dataset", ReadLimits.DEFAULT);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled dataset", e);
        }
    }

    /**
     * Reads a dataset file with the default limits.
     *
     * @param file the file
     * @return the atlas
     * @throws DatasetException if the file is missing, unreadable, malformed or inconsistent
     */
    public static Atlas read(Path file) {
        return read(file, ReadLimits.DEFAULT);
    }

    /**
     * Reads a dataset file.
     *
     * @param file   the file
     * @param limits bounds on what is accepted
     * @return the atlas
     * @throws DatasetException if the file is missing, unreadable, malformed or inconsistent
     */
    public static Atlas read(Path file, ReadLimits limits) {
        Objects.requireNonNull(file, "file");
        String name = file.toString();
        try {
            if (Files.isDirectory(file)) {
                throw new DatasetException(name, List.of(new Problem("file", "is a directory, not a dataset file")));
            }
            if (Files.size(file) > limits.maxDocumentBytes()) {
                throw new DatasetException(name, List.of(new Problem("file", "is " + Files.size(file)
                        + " bytes, over the limit of " + limits.maxDocumentBytes() + " bytes")));
            }
            try (InputStream in = Files.newInputStream(file)) {
                return DatasetReader.read(in, name, limits);
            }
        } catch (NoSuchFileException e) {
            throw new DatasetException(name, List.of(new Problem("file", "does not exist")), e);
        } catch (IOException e) {
            throw new DatasetException(name, List.of(new Problem("file", "cannot be read: " + e.getMessage())), e);
        }
    }

    /**
     * Reads a dataset from a stream, which the caller owns and closes.
     *
     * @param in the stream of UTF-8 JSON
     * @return the atlas
     * @throws DatasetException if the input is malformed or inconsistent
     */
    public static Atlas read(InputStream in) {
        return read(in, "input", ReadLimits.DEFAULT);
    }

    /**
     * Reads a dataset from a stream, which the caller owns and closes.
     *
     * @param in     the stream of UTF-8 JSON
     * @param name   a name for the input, used in error messages
     * @param limits bounds on what is accepted
     * @return the atlas
     * @throws DatasetException if the input is malformed or inconsistent
     */
    public static Atlas read(InputStream in, String name, ReadLimits limits) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(limits, "limits");
        try {
            return DatasetReader.read(in, name, limits);
        } catch (IOException e) {
            throw new DatasetException(name, List.of(new Problem("input", "cannot be read: " + e.getMessage())), e);
        }
    }

    /**
     * Writes this atlas in the canonical dataset format: UTF-8 JSON, fields in a fixed order, two-space
     * indentation, LF line ends. Writing the same atlas always gives the same bytes. The caller owns
     * and closes the stream.
     *
     * @param out the stream
     * @throws IOException if the stream fails
     */
    public void write(OutputStream out) throws IOException {
        DatasetWriter.write(this, out);
    }

    /**
     * Writes this atlas to a file atomically: to a temporary file beside it, then renamed over it.
     * If writing fails, the target is left as it was and no temporary file remains.
     *
     * @param file the target
     * @throws IOException if writing fails
     */
    public void write(Path file) throws IOException {
        AtomicFile.write(file, this::write);
    }

    // ---------------------------------------------------------------- building

    /** {@return an empty builder, for an atlas assembled in code rather than read from a file} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a new builder holding this atlas's contents, to derive a changed atlas from it} */
    public Builder toBuilder() {
        Builder b = new Builder().dataVersion(dataVersion).dataReleased(dataReleased).source(source).relationship(relationship);
        b.actors.addAll(actors.values());
        b.hotspots.addAll(hotspots.values());
        b.claims.addAll(claims.values());
        b.events.addAll(events.values());
        return b;
    }

    /** Collects the parts of an atlas; {@link #build()} validates them together. Not thread-safe. */
    public static final class Builder {
        private String dataVersion;
        private LocalDate dataReleased;
        private Source source;
        private Relationship relationship = Relationship.none();
        private final List<Actor> actors = new ArrayList<>();
        private final List<Hotspot> hotspots = new ArrayList<>();
        private final List<Claim> claims = new ArrayList<>();
        private final List<Event> events = new ArrayList<>();
        private Set<String> unreadable = Set.of();
        private Map<Object, Integer> positions = Map.of();
        private int maxProblems = ReadLimits.DEFAULT.maxProblems();

        private Builder() {}

        /** Package-private: where each record stood in the file it was read from, for messages. */
        Builder positions(Map<Object, Integer> byRecord) {
            this.positions = byRecord;
            return this;
        }

        /** Package-private: the most problems a refusal keeps (the reader passes its limit). */
        Builder maxProblems(int max) {
            this.maxProblems = max;
            return this;
        }

        /** Ids of records the reader found but could not read: references to them are not checked. */
        Builder unreadable(Set<String> ids) {
            this.unreadable = Set.copyOf(ids);
            return this;
        }

        /**
         * Sets the data version, which names this release of the data; {@link #build()} refuses a
         * missing or blank one.
         *
         * @param version the data version, such as {@code 2019.06.1}
         * @return this builder
         */
        public Builder dataVersion(String version) {
            this.dataVersion = version;
            return this;
        }

        /**
         * Sets the day this data version was released.
         *
         * @param day the day this data version was released, or null if the dataset does not record it
         * @return this builder
         */
        public Builder dataReleased(LocalDate day) {
            this.dataReleased = day;
            return this;
        }

        /**
         * Sets the source document that every locator points into; {@link #build()} refuses an atlas
         * without one.
         *
         * @param value the source document
         * @return this builder
         */
        public Builder source(Source value) {
            this.source = value;
            return this;
        }

        /**
         * Sets what the dataset says about the relationship as a whole, replacing
         * {@link Relationship#none()}, the default.
         *
         * @param value the relationship the dataset is about: its principals and the source's findings
         *              about it as a whole ({@link Relationship#none()} if not set)
         * @return this builder
         */
        public Builder relationship(Relationship value) {
            this.relationship = Objects.requireNonNull(value, "relationship");
            return this;
        }

        /**
         * Adds actors, after those already added; nulls among them are refused by {@link #build()}.
         *
         * @param values actors to add
         * @return this builder
         */
        public Builder addActors(Collection<Actor> values) {
            actors.addAll(values);
            return this;
        }

        /**
         * Adds one actor, after those already added.
         *
         * @param value an actor to add
         * @return this builder
         * @throws NullPointerException if the actor is null
         */
        public Builder addActor(Actor value) {
            actors.add(Objects.requireNonNull(value, "actor"));
            return this;
        }

        /**
         * Adds one hotspot, after those already added.
         *
         * @param value a hotspot to add
         * @return this builder
         * @throws NullPointerException if the hotspot is null
         */
        public Builder addHotspot(Hotspot value) {
            hotspots.add(Objects.requireNonNull(value, "hotspot"));
            return this;
        }

        /**
         * Adds hotspots, after those already added; nulls among them are refused by {@link #build()}.
         *
         * @param values hotspots to add
         * @return this builder
         */
        public Builder addHotspots(Collection<Hotspot> values) {
            hotspots.addAll(values);
            return this;
        }

        /**
         * Adds one claim, after those already added.
         *
         * @param value a claim to add
         * @return this builder
         * @throws NullPointerException if the claim is null
         */
        public Builder addClaim(Claim value) {
            claims.add(Objects.requireNonNull(value, "claim"));
            return this;
        }

        /**
         * Adds claims, after those already added; nulls among them are refused by {@link #build()}.
         *
         * @param values claims to add
         * @return this builder
         */
        public Builder addClaims(Collection<Claim> values) {
            claims.addAll(values);
            return this;
        }

        /**
         * Adds one event, after those already added.
         *
         * @param value an event to add
         * @return this builder
         * @throws NullPointerException if the event is null
         */
        public Builder addEvent(Event value) {
            events.add(Objects.requireNonNull(value, "event"));
            return this;
        }

        /**
         * Adds events, after those already added; nulls among them are refused by {@link #build()}.
         *
         * @param values events to add
         * @return this builder
         */
        public Builder addEvents(Collection<Event> values) {
            events.addAll(values);
            return this;
        }

        /**
         * Checks the parts against each other (required fields, unique ids, references that resolve,
         * locators inside the source) and builds the immutable atlas; the builder stays usable.
         *
         * @return the validated atlas
         * @throws DatasetException listing every problem, if the parts are inconsistent
         * @throws NullPointerException if a collection added to the builder held null
         */
        public Atlas build() {
            for (List<?> l : List.of(actors, hotspots, claims, events)) {
                if (l.contains(null)) {
                    throw new NullPointerException("a collection added to the builder held null");
                }
            }
            return new Atlas(this);
        }
    }

    // ---------------------------------------------------------------- accessors

    /** {@return the dataset format version, {@value #FORMAT_VERSION}} */
    public String formatVersion() {
        return FORMAT_VERSION;
    }

    /** {@return the data version, independent of the library's version} */
    public String dataVersion() {
        return dataVersion;
    }

    /**
     * The day this data version was released, as the dataset records it (the optional top-level
     * {@code dataReleased} field of format 1.1). It dates the data, not the source: documents made from
     * the atlas, such as the brief, take it as their date, so the same data gives the same bytes.
     *
     * @return the release day, or empty if the dataset does not record one
     */
    public Optional<LocalDate> dataReleased() {
        return Optional.ofNullable(dataReleased);
    }

    /** {@return the source document that every locator in the atlas points into} */
    public Source source() {
        return source;
    }

    /**
     * {@return the relationship the dataset is about: its two principals and the source's findings about it
     * as a whole; {@link Relationship#none()} for a dataset that names none (format 1.0)}
     */
    public Relationship relationship() {
        return relationship;
    }

    /**
     * The analysis of this atlas: principals, who acts, acts and joint acts, effective dates and the
     * basis of verdicts, each defined once. Computed when the atlas is built; immutable and thread-safe.
     *
     * @return the analysis
     */
    public Analysis analysis() {
        return analysis;
    }

    /** {@return every actor, in dataset order} */
    public List<Actor> actors() {
        return actorList;
    }

    /** {@return every hotspot, in dataset order} */
    public List<Hotspot> hotspots() {
        return hotspotList;
    }

    /** {@return every claim, in dataset order (the same immutable list on every call)} */
    public List<Claim> claims() {
        return claimList;
    }

    /** {@return every event, in dataset order} */
    public List<Event> events() {
        return eventList;
    }

    /**
     * {@return every event in chronological order: by the most precise date known, then by id; events with no
     * date (the source gives no time and none was checked) come last, by id}
     */
    public List<Event> timeline() {
        return timeline;
    }

    /** Orders events by their most precise date, then by id; the undated ones last, by id. */
    public static final Comparator<Event> CHRONOLOGICAL =
            Comparator.comparing((Event e) -> e.bestDate().orElse(null), Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(Event::id);

    /**
     * {@return the actor with that id, or empty if none has it}
     *
     * @param id an actor id
     */
    public Optional<Actor> actor(String id) {
        return Optional.ofNullable(actors.get(id));
    }

    /**
     * {@return the hotspot with that id, or empty if none has it}
     *
     * @param id a hotspot id
     */
    public Optional<Hotspot> hotspot(String id) {
        return Optional.ofNullable(hotspots.get(id));
    }

    /**
     * {@return the claim with that id, or empty if none has it}
     *
     * @param id a claim id
     */
    public Optional<Claim> claim(String id) {
        return Optional.ofNullable(claims.get(id));
    }

    /**
     * {@return the event with that id, or empty if none has it}
     *
     * @param id an event id
     */
    public Optional<Event> event(String id) {
        return Optional.ofNullable(events.get(id));
    }

    /**
     * {@return the theatre with that id, or empty if no hotspot lies in it}
     *
     * @param id a theatre id
     */
    public Optional<Theatre> theatre(String id) {
        return Optional.ofNullable(theatres.get(id));
    }

    /**
     * The ids nearest to a text among this atlas's hotspots, actors, claims and events (the records
     * {@code hotspot-atlas show} can show), for "did you mean" messages: nearest first by edit
     * distance, ties in id order, each id once even where kinds share it.
     *
     * @param id any text, typically an id that none of these records has
     * @return at most three ids; empty only if the atlas has no such record
     */
    public List<String> closestIds(String id) {
        Set<String> known = new java.util.TreeSet<>(hotspots.keySet());
        known.addAll(actors.keySet());
        known.addAll(claims.keySet());
        known.addAll(events.keySet());
        return Ids.closest(Objects.requireNonNull(id, "id"), known);
    }

    /**
     * {@return the actor's display name}
     *
     * @param id an actor id
     * @throws IllegalArgumentException naming the id and the closest known actor ids, if no actor has it
     */
    public String actorName(String id) {
        return requireActor(id).name();
    }

    /**
     * {@return the hotspot's display name (never an actor's, even where an actor has the same id)}
     *
     * @param id a hotspot id
     * @throws IllegalArgumentException naming the id and the closest known hotspot ids, if no hotspot has it
     */
    public String hotspotName(String id) {
        return requireHotspot(id).name();
    }

    /**
     * {@return the theatre's display name (never an actor's, even where an actor has the same id)}
     *
     * @param id a theatre id
     * @throws IllegalArgumentException naming the id and the closest known theatre ids, if no theatre has it
     */
    public String theatreName(String id) {
        Theatre t = theatres.get(id);
        if (t == null) {
            throw Ids.unknown("theatre", id, theatres.keySet());
        }
        return t.name();
    }

    /**
     * {@return the event's title}
     *
     * @param id an event id
     * @throws IllegalArgumentException naming the id and the closest known event ids, if no event has it
     */
    public String eventTitle(String id) {
        Event e = events.get(id);
        if (e == null) {
            throw Ids.unknown("event", id, events.keySet());
        }
        return e.title();
    }

    Actor requireActor(String id) {
        Actor a = actors.get(id);
        if (a == null) {
            throw Ids.unknown("actor", id, actors.keySet());
        }
        return a;
    }

    Hotspot requireHotspot(String id) {
        Hotspot h = hotspots.get(id);
        if (h == null) {
            throw Ids.unknown("hotspot", id, hotspots.keySet());
        }
        return h;
    }

    // ---------------------------------------------------------------- queries

    /**
     * {@return the claims about that hotspot, in dataset order}
     *
     * @param hotspotId a hotspot id
     * @throws IllegalArgumentException naming the id and the closest known ones, if no hotspot has it
     */
    public List<Claim> claimsIn(String hotspotId) {
        requireHotspot(hotspotId);
        return claimsByHotspot.getOrDefault(hotspotId, List.of());
    }

    /**
     * {@return the claims in which the actor is a subject or an object}
     *
     * @param actorId an actor id
     * @throws IllegalArgumentException naming the id and the closest known ones, if no actor has it
     */
    public List<Claim> claimsInvolving(String actorId) {
        requireActor(actorId);
        return claimsWhere(c -> c.involves(actorId));
    }

    /**
     * {@return the claims whose action is that one, in dataset order; empty if none (or if it is null)}
     *
     * @param action an action
     */
    public List<Claim> claimsWith(Action action) {
        return claimsWhere(c -> c.action() == action);
    }

    /**
     * {@return the claims made with that modality, in dataset order; empty if none (or if it is null)}
     *
     * @param modality a modality
     */
    public List<Claim> claimsWith(Modality modality) {
        return claimsWhere(c -> c.modality() == modality);
    }

    /**
     * {@return the claims whose effective date ({@link Analysis#effectiveDate(Claim)}: their own, else their
     * event's) overlaps the range, in dataset order}
     *
     * @param from first day (inclusive), or null for no lower bound
     * @param to   last day (inclusive), or null for no upper bound
     * @throws IllegalArgumentException if the range ends before it starts
     */
    public List<Claim> claimsBetween(LocalDate from, LocalDate to) {
        checkRange(from, to);
        LocalDate first = from == null ? LocalDate.MIN : from;
        LocalDate last = to == null ? LocalDate.MAX : to;
        return claimsWhere(c -> analysis.effectiveDate(c).map(t -> t.date().overlaps(first, last)).orElse(false));
    }

    /**
     * Refuses a reversed date range, with the message the command line shows too.
     *
     * @param from first day, or null
     * @param to   last day, or null
     * @throws IllegalArgumentException if both are set and {@code to} is before {@code from}
     */
    public static void checkRange(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("date range must not end before it starts, but was " + from + " to " + to);
        }
    }

    /**
     * {@return the claims for which the condition holds, in dataset order}
     *
     * @param filter a condition
     */
    public List<Claim> claimsWhere(Predicate<? super Claim> filter) {
        return claims.values().stream().filter(filter).toList();
    }

    /**
     * {@return the events whose effective date overlaps the range, in chronological order; an event with no
     * date lies in no range}
     *
     * @param from first day (inclusive), or null for no lower bound
     * @param to   last day (inclusive), or null for no upper bound
     * @throws IllegalArgumentException if the range ends before it starts
     */
    public List<Event> eventsBetween(LocalDate from, LocalDate to) {
        checkRange(from, to);
        LocalDate first = from == null ? LocalDate.MIN : from;
        LocalDate last = to == null ? LocalDate.MAX : to;
        return timeline().stream().filter(e -> e.bestDate().map(d -> d.overlaps(first, last)).orElse(false)).toList();
    }

    /**
     * {@return the hotspots whose assessment shows that pattern, as main or further pattern}
     *
     * @param pattern a coordination pattern
     */
    public List<Hotspot> hotspotsWith(CoordinationPattern pattern) {
        return hotspots.values().stream().filter(h -> h.assessment().shows(pattern)).toList();
    }

    /**
     * {@return the hotspots assessed with that alignment, whatever the basis of the verdict; to count
     * verdicts, use {@link Analysis#hotspotsWith(UsAlignment, org.hotspotatlas.core.model.Basis)}, which
     * counts one basis at a time}
     *
     * @param alignment an alignment with U.S. interests
     */
    public List<Hotspot> hotspotsWith(UsAlignment alignment) {
        return hotspots.values().stream().filter(h -> h.assessment().alignment() == alignment).toList();
    }

    /**
     * Keeps part of this atlas. The result is itself a valid atlas: it holds the selected hotspots,
     * the claims and events that pass every filter, and the actors they mention.
     *
     * @param selection what to keep
     * @return the selected atlas (this one, if the selection keeps everything)
     * @throws IllegalArgumentException naming the ids, if the selection names unknown hotspots or actors
     */
    public Atlas select(Selection selection) {
        return Selector.select(this, selection);
    }

    /**
     * How many claims a selection leaves out only for want of a date: they pass its hotspot and actor
     * filters but have no effective date ({@link Analysis#effectiveDate(Claim)}), so its date range
     * cannot place them. Zero if the selection has no date range or keeps undated claims.
     *
     * @param selection the selection
     * @return the number of such claims
     * @throws IllegalArgumentException naming the ids, if the selection names unknown hotspots or actors
     */
    public int undatedClaimsLeftOut(Selection selection) {
        return Selector.undatedLeftOut(this, selection);
    }

    /**
     * Every passage a hotspot rests on: its heading, theatres, roles and assessment, and its claims.
     *
     * @param hotspotId a hotspot id
     * @return the locators, in order
     * @throws IllegalArgumentException naming the id and the closest known ones, if no hotspot has it
     */
    public java.util.SortedSet<Locator> citationsOf(String hotspotId) {
        Hotspot h = requireHotspot(hotspotId);
        // the many claims of a large hotspot cite few passages, each many times: the repeats are
        // dropped by hash first, and only the distinct passages are sorted
        java.util.Set<Locator> distinct = new java.util.HashSet<>();
        Integrity.forEachCitation(h, distinct::addAll);
        for (Claim c : claimsIn(hotspotId)) {
            distinct.addAll(c.locators());
        }
        return java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(distinct));
    }

    /** {@return every locator that some record cites, in order} */
    public java.util.SortedSet<Locator> citedLocators() {
        java.util.SortedSet<Locator> c = cited;
        if (c == null) {
            c = java.util.Collections.unmodifiableSortedSet(Integrity.cited(this));
            cited = c;
        }
        return c;
    }

    /** Computed on first use; a benign race computes the same set twice at worst. */
    private volatile java.util.SortedSet<Locator> cited;

    /**
     * The source's asserting sentences that no record cites (a record citing a whole line covers
     * its sentences).
     *
     * @return the uncited ones, in order; empty when coverage is complete
     */
    public List<Locator> uncitedAssertions() {
        return Integrity.uncited(this);
    }

    /**
     * Warnings about text that is valid but may mislead a reader: each field whose text holds a
     * bidirectional control (U+202A to U+202E, U+2066 to U+2069), which can make the text display in
     * another order than it is stored. Such text is kept exactly; documents meant for people show the
     * controls visibly (see {@link org.hotspotatlas.core.model.TextSafety#showBidiControls}), and
     * {@code validate} and {@code export} print these warnings. Computed on first use.
     *
     * @return one warning per field, naming the record and field, in dataset order; empty if none
     */
    public List<Problem> textWarnings() {
        List<Problem> w = textWarnings;
        if (w == null) {
            w = TextScan.bidiWarnings(this);
            textWarnings = w;
        }
        return w;
    }

    /** Computed on first use; a benign race computes the same list twice at worst. */
    private volatile List<Problem> textWarnings;

    /**
     * Whether another object is an atlas with the same data: data version, source, relationship and
     * every actor, hotspot, claim and event, in the same order.
     *
     * @param o any object, or null
     * @return true if it is an atlas equal to this one
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Atlas a && dataVersion.equals(a.dataVersion)
                && Objects.equals(dataReleased, a.dataReleased) && source.equals(a.source)
                && relationship.equals(a.relationship)
                && actorList.equals(a.actorList) && hotspotList.equals(a.hotspotList)
                && claimList.equals(a.claimList) && eventList.equals(a.eventList);
    }

    /** {@return a hash code consistent with {@link #equals(Object)}, from the version, source and claims} */
    @Override
    public int hashCode() {
        return Objects.hash(dataVersion, source, claimList);
    }

    /** {@return a one-line summary with the version and counts} */
    @Override
    public String toString() {
        return "Atlas[data " + dataVersion + ": " + count(hotspots.size(), "hotspot") + ", "
                + count(actors.size(), "actor") + ", " + count(claims.size(), "claim") + ", "
                + count(events.size(), "event") + "]";
    }

    /** @return a count with its noun, singular for one: "1 hotspot", "2 hotspots" */
    private static String count(int n, String noun) {
        return n + " " + (n == 1 ? noun : noun + "s");
    }

    Map<String, Theatre> theatreMap() {
        return theatres;
    }
}
