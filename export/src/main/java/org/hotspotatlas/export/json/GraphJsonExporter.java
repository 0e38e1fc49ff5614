package org.hotspotatlas.export.json;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.hotspotatlas.core.Analysis;
import org.hotspotatlas.core.Atlas;
import org.hotspotatlas.core.model.Actor;
import org.hotspotatlas.core.model.ActorRole;
import org.hotspotatlas.core.model.Claim;
import org.hotspotatlas.core.model.Event;
import org.hotspotatlas.core.model.Hotspot;
import org.hotspotatlas.core.model.PartialDate;
import org.hotspotatlas.core.model.Source;
import org.hotspotatlas.core.model.TimeRef;
import org.hotspotatlas.export.ExportResult;
import org.hotspotatlas.export.Exporter;

import tools.jackson.core.JsonGenerator;

/**
 * Writes the atlas as a graph in the elements form that Cytoscape.js loads
 * ({@code cy.add(doc.elements)}), for network-analysis tools.
 *
 * <p>Nodes are the actors, hotspots and events; their ids carry a prefix ({@code actor:},
 * {@code hotspot:}, {@code event:}) because an actor and a hotspot may share a dataset id. Edges, in
 * this order:
 * <ul>
 *   <li>{@code claim}: from each subject of a claim to each of its objects; to the claim's hotspot
 *       when it has no objects; between its subjects, or back to a lone subject, when it has neither. Each carries the
 *       claim id, action, modality, voice, locators, its effective date with its derivation, and the
 *       core analysis's {@code whoActs} and {@code jointAct} (see {@link Analysis}).</li>
 *   <li>{@code member-of}: from an actor to an actor it belongs to.</li>
 *   <li>{@code participates}: from an event's participant to the event.</li>
 *   <li>{@code held-at}: from an event to its place.</li>
 *   <li>{@code in-hotspot}: from an event to its hotspot.</li>
 *   <li>{@code role}: from an actor with a role in a hotspot to the hotspot, with its instruments.</li>
 * </ul>
 * Event nodes carry their status ({@code occurred}, {@code planned}, {@code expected}) and effective
 * date. Wherever locators appear, {@code citations} repeats them with the link that opens the source
 * at each passage ({@link org.hotspotatlas.core.model.Source#link}; no {@code url} where the dataset
 * has no anchor). Edge ids are built from the edge type and the ids of what it joins, so they are stable across
 * exports and unique within one. A top-level {@code meta} object gives the data version, the source
 * and the counts. The document validates against {@link #schema()}. It is written in one streaming
 * pass after a counting pass, so memory use does not grow with the atlas.
 */
public final class GraphJsonExporter implements Exporter {

    /** The version of the graph layout this exporter writes. */
    public static final String FORMAT_VERSION = "1.0";

    /** The {@code $id} of the graph view's JSON Schema, named in each document's {@code $schema}. */
    public static final String SCHEMA_ID = "https://hotspotatlas.org/schema/hotspot-atlas-graph-1.0.schema.json";

    /** Class-path resource name of the schema, in this package. */
    public static final String SCHEMA_RESOURCE = "hotspot-atlas-graph-1.0.schema.json";

    /** Creates the exporter; it has no options. */
    public GraphJsonExporter() {}

    /**
     * Gives the JSON Schema that the graph view meets, for consumers to validate against.
     *
     * @return the JSON Schema (draft 2020-12) of the graph view, as JSON text
     */
    public static String schema() {
        return JsonSupport.resource(SCHEMA_RESOURCE);
    }

    /** @return {@code graph} */
    @Override
    public String format() {
        return "graph";
    }

    /** @return {@code .graph.json} */
    @Override
    public String fileExtension() {
        return ".graph.json";
    }

    @Override
    public ExportResult export(Atlas atlas, OutputStream out) throws IOException {
        Objects.requireNonNull(atlas, "atlas");
        Objects.requireNonNull(out, "out");
        List<String> warnings = new ArrayList<>();
        Counter counter = new Counter();
        new GraphWalk(atlas, warnings).walk(counter);
        JsonSupport.pretty(out, g -> {
            g.writeStartObject();
            g.writeStringProperty("$schema", SCHEMA_ID);
            meta(g, atlas, counter);
            g.writeName("elements");
            g.writeStartObject();
            g.writeName("nodes");
            g.writeStartArray();
            atlas.actors().forEach(a -> actor(g, a));
            atlas.hotspots().forEach(h -> hotspot(g, h));
            atlas.events().forEach(e -> event(g, atlas.analysis(), atlas.source(), e));
            g.writeEndArray();
            g.writeName("edges");
            g.writeStartArray();
            new GraphWalk(atlas, null).walk(new EdgeWriter(g, atlas.analysis(), atlas.source()));
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
            return null;
        });
        out.write('\n');
        out.flush();
        return new ExportResult(warnings);
    }

    private static void meta(JsonGenerator g, Atlas atlas, Counter counter) {
        g.writeName("meta");
        g.writeStartObject();
        g.writeStringProperty("format", "hotspot-atlas-graph");
        g.writeStringProperty("formatVersion", FORMAT_VERSION);
        g.writeStringProperty("datasetFormatVersion", atlas.formatVersion());
        g.writeStringProperty("dataVersion", atlas.dataVersion());
        Source s = atlas.source();
        g.writeName("source");
        g.writeStartObject();
        g.writeStringProperty("title", s.title());
        g.writeStringProperty("publisher", s.publisher());
        g.writeStringProperty("published", s.published().toString());
        g.writeStringProperty("url", s.url().toString());
        g.writeEndObject();
        g.writeName("counts");
        g.writeStartObject();
        int nodes = atlas.actors().size() + atlas.hotspots().size() + atlas.events().size();
        g.writeNumberProperty("nodes", nodes);
        g.writeNumberProperty("edges", counter.total());
        g.writeNumberProperty("actors", atlas.actors().size());
        g.writeNumberProperty("hotspots", atlas.hotspots().size());
        g.writeNumberProperty("events", atlas.events().size());
        g.writeNumberProperty("claims", atlas.claims().size());
        g.writeName("edgesByType");
        g.writeStartObject();
        for (EdgeType t : EdgeType.values()) {
            g.writeNumberProperty(t.code, counter.counts.getOrDefault(t, 0L));
        }
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void actor(JsonGenerator g, Actor a) {
        node(g);
        g.writeStringProperty("id", GraphWalk.actorNode(a.id()));
        g.writeStringProperty("label", a.name());
        g.writeStringProperty("category", "actor");
        g.writeStringProperty("type", a.kind().code());
        g.writeStringProperty("ref", a.id());
        JsonSupport.strings(g, "aliases", a.aliases());
        endNode(g, "actor", a.kind().code());
    }

    private static void hotspot(JsonGenerator g, Hotspot h) {
        node(g);
        g.writeStringProperty("id", GraphWalk.hotspotNode(h.id()));
        g.writeStringProperty("label", h.name());
        g.writeStringProperty("category", "hotspot");
        g.writeStringProperty("type", "hotspot");
        g.writeStringProperty("ref", h.id());
        JsonSupport.codes(g, "regions", h.regions());
        g.writeNumberProperty("latitude", h.location().latitude());
        g.writeNumberProperty("longitude", h.location().longitude());
        g.writeStringProperty("pattern", h.assessment().pattern().code());
        g.writeStringProperty("alignment", h.assessment().alignment().code());
        endNode(g, "hotspot", "hotspot");
    }

    private static void event(JsonGenerator g, Analysis analysis, Source source, Event e) {
        node(g);
        g.writeStringProperty("id", GraphWalk.eventNode(e.id()));
        g.writeStringProperty("label", e.title());
        g.writeStringProperty("category", "event");
        g.writeStringProperty("type", e.kind().code());
        g.writeStringProperty("ref", e.id());
        g.writeStringProperty("status", e.status().code());
        TimeRef when = analysis.effectiveDate(e).orElse(null);
        if (when != null) {
            PartialDate d = when.date();
            g.writeStringProperty("date", d.toString());
            g.writeStringProperty("precision", d.precision().code());
            g.writeStringProperty("start", d.start().toString());
            g.writeStringProperty("end", d.end().toString());
            g.writeStringProperty("dateDerivation", when.derivation().code());
        }
        JsonSupport.str(g, "hotspot", e.hotspot());
        JsonSupport.strings(g, "locators", e.locators());
        JsonSupport.citations(g, source, e.locators());
        endNode(g, "event", e.kind().code());
    }

    /** Opens a node element and its data object; the caller writes the data fields. */
    private static void node(JsonGenerator g) {
        g.writeStartObject();
        g.writeName("data");
        g.writeStartObject();
    }

    /** Closes the data object and the element, adding Cytoscape classes for styling. */
    private static void endNode(JsonGenerator g, String category, String type) {
        g.writeEndObject();
        g.writeStringProperty("classes", category.equals(type) ? category : category + " " + type);
        g.writeEndObject();
    }

    /** The edge types, in the order the edges are written. */
    enum EdgeType {
        CLAIM("claim"), MEMBER_OF("member-of"), PARTICIPATES("participates"), HELD_AT("held-at"),
        IN_HOTSPOT("in-hotspot"), ROLE("role");

        final String code;

        EdgeType(String code) {
            this.code = code;
        }
    }

    /** Counts edges by type. */
    private static final class Counter implements GraphWalk.Sink {
        final Map<EdgeType, Long> counts = new EnumMap<>(EdgeType.class);

        private void add(EdgeType t) {
            counts.merge(t, 1L, Long::sum);
        }

        long total() {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }

        @Override public void claim(Claim c, String subject, String target, GraphWalk.Link link) { add(EdgeType.CLAIM); }
        @Override public void memberOf(Actor member, String group) { add(EdgeType.MEMBER_OF); }
        @Override public void participates(Event e, String actor) { add(EdgeType.PARTICIPATES); }
        @Override public void heldAt(Event e) { add(EdgeType.HELD_AT); }
        @Override public void inHotspot(Event e) { add(EdgeType.IN_HOTSPOT); }
        @Override public void role(Hotspot h, ActorRole r) { add(EdgeType.ROLE); }
    }

    /** Writes each edge as a Cytoscape element. */
    private static final class EdgeWriter implements GraphWalk.Sink {
        private final JsonGenerator g;
        private final Analysis analysis;
        private final Source source;

        EdgeWriter(JsonGenerator g, Analysis analysis, Source source) {
            this.g = g;
            this.analysis = analysis;
            this.source = source;
        }

        private void start(EdgeType type, String source, String target, String idMiddle) {
            g.writeStartObject();
            g.writeName("data");
            g.writeStartObject();
            g.writeStringProperty("id", type.code + ":" + idMiddle + source + ">" + target);
            g.writeStringProperty("source", source);
            g.writeStringProperty("target", target);
            g.writeStringProperty("type", type.code);
        }

        private void end(EdgeType type) {
            g.writeEndObject();
            g.writeStringProperty("classes", type.code);
            g.writeEndObject();
        }

        @Override
        public void claim(Claim c, String subject, String target, GraphWalk.Link link) {
            start(EdgeType.CLAIM, GraphWalk.actorNode(subject), target, c.id() + ":");
            g.writeStringProperty("label", c.action().code());
            g.writeStringProperty("claim", c.id());
            g.writeStringProperty("link", link.code);
            g.writeStringProperty("action", c.action().code());
            g.writeStringProperty("modality", c.modality().code());
            g.writeStringProperty("voice", c.voice().code());
            JsonSupport.code(g, "likelihood", c.likelihood());
            analysis.effectiveDate(c).ifPresent(t -> {
                g.writeStringProperty("date", t.date().toString());
                g.writeStringProperty("dateDerivation", t.derivation().code());
            });
            g.writeStringProperty("whoActs", analysis.whoActs(c).code());
            g.writeBooleanProperty("jointAct", analysis.isJointAct(c));
            JsonSupport.str(g, "hotspot", c.hotspot());
            JsonSupport.str(g, "theatre", c.theatre());
            g.writeStringProperty("summary", c.summary());
            JsonSupport.strings(g, "locators", c.locators());
            JsonSupport.citations(g, source, c.locators());
            end(EdgeType.CLAIM);
        }

        @Override
        public void memberOf(Actor member, String group) {
            start(EdgeType.MEMBER_OF, GraphWalk.actorNode(member.id()), GraphWalk.actorNode(group), "");
            g.writeStringProperty("label", "member of");
            end(EdgeType.MEMBER_OF);
        }

        @Override
        public void participates(Event e, String actor) {
            start(EdgeType.PARTICIPATES, GraphWalk.actorNode(actor), GraphWalk.eventNode(e.id()), "");
            g.writeStringProperty("label", "takes part in");
            JsonSupport.strings(g, "locators", e.locators());
            JsonSupport.citations(g, source, e.locators());
            end(EdgeType.PARTICIPATES);
        }

        @Override
        public void heldAt(Event e) {
            start(EdgeType.HELD_AT, GraphWalk.eventNode(e.id()), GraphWalk.actorNode(e.place()), "");
            g.writeStringProperty("label", "held at");
            JsonSupport.strings(g, "locators", e.locators());
            JsonSupport.citations(g, source, e.locators());
            end(EdgeType.HELD_AT);
        }

        @Override
        public void inHotspot(Event e) {
            start(EdgeType.IN_HOTSPOT, GraphWalk.eventNode(e.id()), GraphWalk.hotspotNode(e.hotspot()), "");
            g.writeStringProperty("label", "in");
            JsonSupport.strings(g, "locators", e.locators());
            JsonSupport.citations(g, source, e.locators());
            end(EdgeType.IN_HOTSPOT);
        }

        @Override
        public void role(Hotspot h, ActorRole r) {
            start(EdgeType.ROLE, GraphWalk.actorNode(r.actor()), GraphWalk.hotspotNode(h.id()), "");
            g.writeStringProperty("label", "role");
            JsonSupport.codes(g, "instruments", r.instruments());
            g.writeStringProperty("does", r.does());
            g.writeStringProperty("wants", r.wants());
            JsonSupport.strings(g, "locators", r.locators());
            JsonSupport.citations(g, source, r.locators());
            end(EdgeType.ROLE);
        }
    }

    /** Names the exporter, for logs and messages. */
    @Override
    public String toString() {
        return "GraphJsonExporter";
    }
}
