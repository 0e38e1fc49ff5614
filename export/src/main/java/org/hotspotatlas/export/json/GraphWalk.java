package org.hotspotatlas.export.json;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.hotspotatlas.core.Atlas;
import org.hotspotatlas.core.model.Actor;
import org.hotspotatlas.core.model.ActorRole;
import org.hotspotatlas.core.model.Claim;
import org.hotspotatlas.core.model.Event;
import org.hotspotatlas.core.model.Hotspot;

/**
 * Decides which edges the graph view has, in a fixed order, and hands each to a {@link Sink}. The
 * exporter walks twice: once to count (for the meta block, which comes first) and once to write,
 * so the counts always match what is written and nothing but counters is held in memory.
 */
final class GraphWalk {

    static final String ACTOR = "actor:";
    static final String HOTSPOT = "hotspot:";
    static final String EVENT = "event:";

    /** Where a claim edge points. */
    enum Link {
        /** At one of the claim's objects. */
        OBJECT("object"),
        /** At the claim's hotspot, because the claim has no objects. */
        HOTSPOT("hotspot"),
        /** At another subject of the same claim, because it has neither objects nor a hotspot. */
        CO_SUBJECT("co-subject"),
        /** Back at the subject: a single subject, with neither objects nor a hotspot. */
        SELF("self");

        final String code;

        Link(String code) {
            this.code = code;
        }
    }

    /** Receives the edges in order. */
    interface Sink {
        void claim(Claim c, String subject, String target, Link link);

        void memberOf(Actor member, String group);

        void participates(Event e, String actor);

        void heldAt(Event e);

        void inHotspot(Event e);

        void role(Hotspot h, ActorRole r);
    }

    private final Atlas atlas;
    private final List<String> warnings;

    /**
     * @param warnings where to note edges left out because an end is missing, or null not to note
     */
    GraphWalk(Atlas atlas, List<String> warnings) {
        this.atlas = atlas;
        this.warnings = warnings;
    }

    static String actorNode(String id) {
        return ACTOR + id;
    }

    static String hotspotNode(String id) {
        return HOTSPOT + id;
    }

    static String eventNode(String id) {
        return EVENT + id;
    }

    void walk(Sink sink) {
        for (Claim c : atlas.claims()) {
            claim(c, sink);
        }
        for (Actor a : atlas.actors()) {
            for (String group : new LinkedHashSet<>(a.memberOf())) {
                if (actor(group, "actor " + a.id() + " memberOf")) {
                    sink.memberOf(a, group);
                }
            }
        }
        for (Event e : atlas.events()) {
            for (String p : new LinkedHashSet<>(e.participants())) {
                if (actor(p, "event " + e.id() + " participant")) {
                    sink.participates(e, p);
                }
            }
            if (e.place() != null && actor(e.place(), "event " + e.id() + " place")) {
                sink.heldAt(e);
            }
            if (e.hotspot() != null && hotspot(e.hotspot(), "event " + e.id() + " hotspot")) {
                sink.inHotspot(e);
            }
        }
        for (Hotspot h : atlas.hotspots()) {
            Set<String> seen = new LinkedHashSet<>();
            for (ActorRole r : h.roles()) {
                if (seen.add(r.actor()) && actor(r.actor(), "hotspot " + h.id() + " role actor")) {
                    sink.role(h, r);
                }
            }
        }
    }

    private void claim(Claim c, Sink sink) {
        Set<String> edges = new LinkedHashSet<>();
        boolean hasHotspot = c.hotspot() != null && hotspot(c.hotspot(), "claim " + c.id() + " hotspot");
        for (String s : c.subjects()) {
            if (!actor(s, "claim " + c.id() + " subject")) {
                continue;
            }
            if (!c.objects().isEmpty()) {
                for (String o : c.objects()) {
                    if (actor(o, "claim " + c.id() + " object") && edges.add(s + ">" + o)) {
                        sink.claim(c, s, actorNode(o), Link.OBJECT);
                    }
                }
            } else if (hasHotspot) {
                if (edges.add(s)) {
                    sink.claim(c, s, hotspotNode(c.hotspot()), Link.HOTSPOT);
                }
            } else if (c.subjects().size() > 1) {
                // e.g. "Xi and Putin met": link the subjects to each other, each pair once
                for (String other : c.subjects().subList(c.subjects().indexOf(s) + 1, c.subjects().size())) {
                    if (!other.equals(s) && actor(other, "claim " + c.id() + " subject") && edges.add(s + ">" + other)) {
                        sink.claim(c, s, actorNode(other), Link.CO_SUBJECT);
                    }
                }
            } else if (edges.add(s)) {
                sink.claim(c, s, actorNode(s), Link.SELF);
            }
        }
    }

    private boolean actor(String id, String what) {
        return present(atlas.actor(id).isPresent(), what, "actor", id);
    }

    private boolean hotspot(String id, String what) {
        return present(atlas.hotspot(id).isPresent(), what, "hotspot", id);
    }

    private boolean present(boolean present, String what, String kind, String id) {
        if (!present && warnings != null) {
            warnings.add("graph: left out an edge: " + what + " '" + id + "' names no " + kind + " in the atlas");
        }
        return present;
    }
}
