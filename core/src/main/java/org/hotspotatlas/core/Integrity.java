package org.hotspotatlas.core;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.hotspotatlas.core.model.Actor;
import org.hotspotatlas.core.model.ActorRole;
import org.hotspotatlas.core.model.Assessment;
import org.hotspotatlas.core.model.Claim;
import org.hotspotatlas.core.model.Event;
import org.hotspotatlas.core.model.Finding;
import org.hotspotatlas.core.model.Hotspot;
import org.hotspotatlas.core.model.Locator;
import org.hotspotatlas.core.model.Relationship;
import org.hotspotatlas.core.model.Source;
import org.hotspotatlas.core.model.Theatre;

/** Cross-record checks: ids resolve, locators exist in the source, roles are unique. */
final class Integrity {
    private final Atlas atlas;
    private final List<Problem> problems;
    private final Set<String> unreadable;
    /** Where each record stood in its file; records built in code use their index in the atlas. */
    private final java.util.Map<Object, Integer> positions;

    /**
     * @param unreadable ids of records that exist in the input but could not be read (already
     *                   reported); references to them are not reported again as dangling
     */
    Integrity(Atlas atlas, List<Problem> problems, Set<String> unreadable, java.util.Map<Object, Integer> positions) {
        this.positions = positions;
        this.atlas = atlas;
        this.problems = problems;
        this.unreadable = unreadable;
    }

    private boolean missing(java.util.Optional<?> record, String id) {
        return record.isEmpty() && !unreadable.contains(id);
    }

    void check() {
        Source source = atlas.source();
        if (source != null) {
            locators("source.asserting", source.asserting());
            for (int k = 0; k < source.anchors().size(); k++) {
                Object anchor = source.anchors().get(k);
                locator("source.anchors[" + positions.getOrDefault(anchor, k) + "].locator",
                        source.anchors().get(k).locator());
            }
        }
        Relationship rel = atlas.relationship();
        if (rel != null) {
            actors("relationship.principals", rel.principals());
            for (String p : rel.principals()) {
                if (WhoActs.JOINT_CODE.equals(p) || WhoActs.PARALLEL_CODE.equals(p) || WhoActs.OTHER_CODE.equals(p)) {
                    problems.add(new Problem("relationship.principals", "a principal may not have the id '" + p
                            + "', which names a kind of actor in the analysis (joint, parallel, other)"));
                }
            }
            findings("relationship.thesis", rel.thesis());
            findings("relationship.drivers", rel.drivers());
            findings("relationship.limits", rel.limits());
            findings("relationship.conclusion", rel.conclusion());
        }
        int i = 0;
        List<String> actorPaths = new ArrayList<>(atlas.actors().size());
        for (Actor a : atlas.actors()) {
            String at = "actors[" + positions.getOrDefault(a, i++) + "] (id " + a.id() + ")";
            actorPaths.add(at);
            actors(at + ".memberOf", a.memberOf());
            if (a.actsFor() != null) {
                actors(at + ".actsFor", List.of(a.actsFor()));
            }
            locators(at + ".locators", a.locators());
        }
        cycles(actorPaths, "actsFor", "", a -> a.actsFor() == null ? List.of() : List.of(a.actsFor()));
        cycles(actorPaths, "memberOf", " (nothing may belong to or lie within itself)", Actor::memberOf);
        i = 0;
        for (Hotspot h : atlas.hotspots()) {
            String at = "hotspots[" + positions.getOrDefault(h, i++) + "] (id " + h.id() + ")";
            locator(at + ".heading", h.heading());
            int t = 0;
            for (Theatre th : h.theatres()) {
                String tat = at + ".theatres[" + t++ + "] (id " + th.id() + ")";
                actors(tat + ".places", th.places());
                locators(tat + ".locators", th.locators());
            }
            Set<String> seen = new HashSet<>();
            int r = 0;
            for (ActorRole role : h.roles()) {
                String rat = at + ".roles[" + r++ + "]";
                actors(rat + ".actor", List.of(role.actor()));
                if (!seen.add(role.actor())) {
                    problems.add(new Problem(rat + ".actor", "actor '" + role.actor()
                            + "' already has a role in this hotspot; give each actor one role"));
                }
                locators(rat + ".locators", role.locators());
            }
            Assessment as = h.assessment();
            actors(at + ".assessment.targets", as.targets());
            finding(at + ".assessment.coordination", as.coordination());
            finding(at + ".assessment.alignmentReason", as.alignmentReason());
            for (int d = 0; d < as.divergences().size(); d++) {
                finding(at + ".assessment.divergences[" + d + "]", as.divergences().get(d));
            }
            for (int o = 0; o < as.outlook().size(); o++) {
                finding(at + ".assessment.outlook[" + o + "]", as.outlook().get(o));
            }
        }
        i = 0;
        for (Claim c : atlas.claims()) {
            String at = "claims[" + positions.getOrDefault(c, i++) + "] (id " + c.id() + ")";
            if (c.hotspot() != null && missing(atlas.hotspot(c.hotspot()), c.hotspot())) {
                problems.add(new Problem(at + ".hotspot", "no hotspot has id '" + c.hotspot() + "'"));
            }
            if (c.theatre() != null && !unreadable.contains(c.hotspot()) && !unreadable.contains(c.theatre())) {
                Theatre th = atlas.theatreMap().get(c.theatre());
                boolean inHotspot = atlas.hotspot(c.hotspot())
                        .map(h -> h.theatres().stream().anyMatch(x -> x.id().equals(c.theatre()))).orElse(false);
                if (th == null || !inHotspot) {
                    problems.add(new Problem(at + ".theatre", "hotspot '" + c.hotspot() + "' has no theatre '"
                            + c.theatre() + "'"));
                }
            }
            actors(at + ".subjects", c.subjects());
            actors(at + ".objects", c.objects());
            for (int e = 0; e < c.events().size(); e++) {
                if (missing(atlas.event(c.events().get(e)), c.events().get(e))) {
                    problems.add(new Problem(at + ".events[" + e + "]", "no event has id '" + c.events().get(e) + "'"));
                }
            }
            locators(at + ".locators", c.locators());
        }
        i = 0;
        for (Event e : atlas.events()) {
            String at = "events[" + positions.getOrDefault(e, i++) + "] (id " + e.id() + ")";
            if (e.place() != null) {
                actors(at + ".place", List.of(e.place()));
            }
            actors(at + ".participants", e.participants());
            if (e.hotspot() != null && missing(atlas.hotspot(e.hotspot()), e.hotspot())) {
                problems.add(new Problem(at + ".hotspot", "no hotspot has id '" + e.hotspot() + "'"));
            }
            locators(at + ".locators", e.locators());
        }
    }

    private void finding(String at, Finding f) {
        locators(at + ".locators", f.locators());
    }

    private void findings(String at, List<Finding> fs) {
        for (int k = 0; k < fs.size(); k++) {
            finding(at + "[" + k + "]", fs.get(k));
        }
    }

    /**
     * Reports each cycle among the actors along one field once, at the first actor in it (in dataset
     * order), with the shortest chain from that actor back to itself. It finds the strongly connected
     * components (Tarjan's algorithm, without recursion), so its time is linear in actors and links
     * however long the chains are.
     *
     * @param paths  each actor's path, by its index in the atlas
     * @param field  the field that links actors, for the message
     * @param rule   a note on the rule, for the message
     * @param edges  the ids an actor links to along the field
     */
    private void cycles(List<String> paths, String field, String rule,
                        java.util.function.Function<Actor, List<String>> edges) {
        List<Actor> all = atlas.actors();
        int n = all.size();
        java.util.Map<String, Integer> index = new java.util.HashMap<>(n * 2);
        for (int v = 0; v < n; v++) {
            index.put(all.get(v).id(), v);
        }
        int[][] next = new int[n][];
        boolean any = false;
        for (int v = 0; v < n; v++) {
            next[v] = edges.apply(all.get(v)).stream().map(index::get).filter(java.util.Objects::nonNull)
                    .mapToInt(Integer::intValue).toArray();
            any |= next[v].length > 0;
        }
        if (!any) {
            return;
        }
        int[] order = new int[n];
        int[] low = new int[n];
        java.util.Arrays.fill(order, -1);
        boolean[] onStack = new boolean[n];
        int[] stack = new int[n];
        int[] callNode = new int[n];
        int[] callEdge = new int[n];
        int sp = 0;
        int counter = 0;
        List<int[]> found = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            if (order[s] >= 0) {
                continue;
            }
            int cp = 0;
            callNode[cp] = s;
            callEdge[cp++] = 0;
            order[s] = low[s] = counter++;
            stack[sp++] = s;
            onStack[s] = true;
            while (cp > 0) {
                int v = callNode[cp - 1];
                if (callEdge[cp - 1] < next[v].length) {
                    int w = next[v][callEdge[cp - 1]++];
                    if (order[w] < 0) {
                        order[w] = low[w] = counter++;
                        stack[sp++] = w;
                        onStack[w] = true;
                        callNode[cp] = w;
                        callEdge[cp++] = 0;
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], order[w]);
                    }
                    continue;
                }
                cp--;
                if (cp > 0) {
                    int u = callNode[cp - 1];
                    low[u] = Math.min(low[u], low[v]);
                }
                if (low[v] == order[v]) {
                    int start = sp;
                    do {
                        onStack[stack[--start]] = false;
                    } while (stack[start] != v);
                    int[] members = java.util.Arrays.copyOfRange(stack, start, sp);
                    sp = start;
                    if (members.length > 1 || java.util.Arrays.stream(next[v]).anyMatch(w -> w == v)) {
                        found.add(members);
                    }
                }
            }
        }
        // in dataset order of each cycle's first actor
        found.sort(java.util.Comparator.comparingInt(m -> java.util.Arrays.stream(m).min().orElseThrow()));
        boolean[] inComponent = new boolean[n];
        int[] parent = new int[n];
        for (int[] members : found) {
            int first = java.util.Arrays.stream(members).min().orElseThrow();
            for (int m : members) {
                inComponent[m] = true;
            }
            List<String> chain = shortestCycle(first, next, inComponent, parent);
            for (int m : members) {
                inComponent[m] = false;
            }
            problems.add(new Problem(paths.get(first) + "." + field, field + " must not form a cycle" + rule
                    + ", but it does: " + String.join(" -> ", chain)));
        }
    }

    /** The shortest chain from an actor back to itself inside its component, by breadth-first search. */
    private List<String> shortestCycle(int first, int[][] next, boolean[] inComponent, int[] parent) {
        java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>();
        java.util.Set<Integer> seen = new HashSet<>();
        queue.add(first);
        seen.add(first);
        int last = -1;
        while (!queue.isEmpty() && last < 0) {
            int v = queue.poll();
            for (int w : next[v]) {
                if (w == first) {
                    last = v;
                    break;
                }
                if (inComponent[w] && seen.add(w)) {
                    parent[w] = v;
                    queue.add(w);
                }
            }
        }
        java.util.LinkedList<String> chain = new java.util.LinkedList<>();
        List<Actor> all = atlas.actors();
        chain.addFirst(all.get(first).id());
        for (int v = last; v != first; v = parent[v]) {
            chain.addFirst(all.get(v).id());
        }
        chain.addFirst(all.get(first).id());
        return chain;
    }

    private void actors(String at, List<String> ids) {
        for (int k = 0; k < ids.size(); k++) {
            if (missing(atlas.actor(ids.get(k)), ids.get(k))) {
                problems.add(new Problem(ids.size() == 1 && !at.endsWith("s") ? at : at + "[" + k + "]",
                        "no actor has id '" + ids.get(k) + "'"));
            }
        }
    }

    private void locators(String at, List<Locator> locators) {
        for (int k = 0; k < locators.size(); k++) {
            locator(at + "[" + k + "]", locators.get(k));
        }
    }

    private void locator(String at, Locator l) {
        Source source = atlas.source();
        if (source != null && !source.contains(l)) {
            problems.add(new Problem(at, "locator " + l + " is outside the source, which has "
                    + source.outline().size() + " lines" + (l.paragraph() <= source.outline().size()
                    ? " and " + source.outline().get(l.paragraph() - 1) + " sentences in line " + l.paragraph()
                    : "")));
        }
    }

    /** Every locator any record cites. */
    static SortedSet<Locator> cited(Atlas atlas) {
        SortedSet<Locator> out = new TreeSet<>();
        forEachCitation(atlas, out::addAll);
        return out;
    }

    static void forEachCitation(Atlas atlas, Consumer<List<Locator>> sink) {
        atlas.relationship().findings().forEach(f -> sink.accept(f.locators()));
        atlas.actors().forEach(a -> sink.accept(a.locators()));
        atlas.hotspots().forEach(h -> forEachCitation(h, sink));
        atlas.claims().forEach(c -> sink.accept(c.locators()));
        atlas.events().forEach(e -> sink.accept(e.locators()));
    }

    /** The locators a hotspot record itself cites: heading, theatres, roles and assessment. */
    static void forEachCitation(Hotspot h, Consumer<List<Locator>> sink) {
        sink.accept(List.of(h.heading()));
        h.theatres().forEach(t -> sink.accept(t.locators()));
        h.roles().forEach(r -> sink.accept(r.locators()));
        Assessment as = h.assessment();
        sink.accept(as.coordination().locators());
        sink.accept(as.alignmentReason().locators());
        as.divergences().forEach(f -> sink.accept(f.locators()));
        as.outlook().forEach(f -> sink.accept(f.locators()));
    }

    static List<Locator> uncited(Atlas atlas) {
        SortedSet<Locator> cited = atlas.citedLocators();
        List<Locator> out = new ArrayList<>();
        for (Locator l : atlas.source().asserting()) {
            if (!cited.contains(l) && !cited.contains(Locator.of(l.paragraph()))) {
                out.add(l);
            }
        }
        return out;
    }
}
