package org.hotspotatlas.export.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.hotspotatlas.core.Atlas;
import org.hotspotatlas.core.model.ActorRole;
import org.hotspotatlas.core.model.Finding;
import org.hotspotatlas.core.model.Locator;
import org.hotspotatlas.core.model.Source;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code show ID}: one hotspot, actor, claim or event in full. */
@Command(name = "show", mixinStandardHelpOptions = true, versionProvider = HotspotAtlasCli.Version.class,
        description = "Show the hotspot, actor, claim or event with an id (all of them, where kinds share an id).")
final class ShowCommand implements Callable<Integer> {
    @Parameters(paramLabel = "ID", description = "A hotspot, actor, claim or event id (see 'list').")
    String id;

    @Mixin
    DataOption data = new DataOption();

    @Spec
    CommandSpec spec;

    /** Every locator printed so far, in locator order. */
    private final SortedSet<Locator> cited = new TreeSet<>();

    @Override
    public Integer call() {
        Atlas atlas = data.load();
        PrintWriter out = spec.commandLine().getOut();
        boolean found = false;
        if (atlas.hotspot(id).isPresent()) {
            found = true;
            var h = atlas.hotspot(id).get();
            out.println(h.name() + "  [hotspot " + h.id() + ", heading " + cite(List.of(h.heading())) + "]");
            out.println(h.summary());
            for (ActorRole r : h.roles()) {
                out.println();
                out.println(atlas.actorName(r.actor()) + " does: " + r.does() + " " + cite(r.locators()));
                out.println(atlas.actorName(r.actor()) + " wants: " + r.wants());
                out.println("  instruments: " + r.instruments().stream().map(i -> i.code()).collect(Collectors.joining(", ")));
            }
            var a = h.assessment();
            out.println();
            out.println("Pattern: " + a.pattern().code() + (a.otherPatterns().isEmpty() ? ""
                    : " (also " + a.otherPatterns().stream().map(p -> p.code()).collect(Collectors.joining(", ")) + ")"));
            finding(out, "Coordination", a.coordination());
            out.println("U.S. alignment: " + a.alignment().code());
            finding(out, "Why", a.alignmentReason());
            a.divergences().forEach(f -> finding(out, "Divergence", f));
            a.outlook().forEach(f -> finding(out, "Outlook", f));
            out.println();
            int n = atlas.claimsIn(id).size();
            out.println(n + (n == 1 ? " claim; 'list claims' shows it." : " claims; 'list claims' shows them."));
        }
        if (atlas.actor(id).isPresent()) {
            if (found) {
                out.println();
            }
            found = true;
            var a = atlas.actor(id).get();
            out.println(a.name() + "  [" + a.kind().code() + " " + a.id() + "]");
            if (!a.aliases().isEmpty()) {
                out.println("Also: " + String.join(", ", a.aliases()));
            }
            a.nativeNames().forEach(n -> out.println("Name (" + n.language() + "): " + n.name()));
            a.externalIds().forEach(e -> out.println(e.scheme().code() + ": " + e.value()));
            if (!a.memberOf().isEmpty()) {
                out.println("Member of / within: " + a.memberOf().stream().map(atlas::actorName).collect(Collectors.joining(", ")));
            }
            a.actsForId().ifPresent(f -> out.println("Acts for: " + atlas.actorName(f)));
            out.println("Named at: " + cite(a.locators()));
            int n = atlas.claimsInvolving(id).size();
            out.println(n + (n == 1 ? " claim involves it." : " claims involve it."));
        }
        if (atlas.claim(id).isPresent()) {
            if (found) {
                out.println();
            }
            found = true;
            var c = atlas.claim(id).get();
            out.println(c.summary() + " " + cite(c.locators()));
            out.println("  hotspot: " + (c.hotspot() == null ? "-" : atlas.hotspotName(c.hotspot())));
            out.println("  subjects: " + c.subjects().stream().map(atlas::actorName).collect(Collectors.joining(", ")));
            out.println("  who acts: " + atlas.analysis().whoActs(c).label()
                    + (atlas.analysis().isJointAct(c) ? " (a joint act)" : ""));
            out.println("  action: " + c.action().code() + c.cameoCode().map(x -> " (CAMEO " + x + ")").orElse(""));
            if (!c.objects().isEmpty()) {
                out.println("  objects: " + c.objects().stream().map(atlas::actorName).collect(Collectors.joining(", ")));
            }
            out.println("  modality: " + c.modality().code() + ", voice: " + c.voice().code()
                    + c.likelihoodWord().map(l -> ", likelihood: " + l.code() + " (" + l.minPercent() + "-"
                    + l.maxPercent() + "%)").orElse(""));
            atlas.analysis().effectiveDate(c).ifPresent(t -> out.println("  when: " + t.date() + " ("
                    + t.date().precision().code() + ", " + t.derivation().code()
                    + t.expressionText().map(x -> ", from \"" + x + "\"").orElse("")
                    + (c.time() == null ? ", its event's date" : "") + ")"));
            if (c.quote() != null) {
                out.println("  quote: \"" + c.quote() + "\"");
            }
        }
        if (atlas.event(id).isPresent()) {
            if (found) {
                out.println();
            }
            found = true;
            var e = atlas.event(id).get();
            out.println(e.title() + "  [" + e.kind().code() + " " + e.id() + "]");
            if (!e.status().hasOccurred()) {
                out.println("  status: " + e.status().label() + e.likelihoodWord().map(l -> " (" + l.label() + ")").orElse("")
                        + ": not yet held when the source was published");
            }
            out.println("  when: " + e.when().map(t -> t.date() + " (" + t.derivation().code() + ")")
                    .orElse("the source gives no date")
                    + e.enriched().map(t -> "; exact: " + t.date() + " (enrichment: " + t.reference() + ")").orElse(""));
            if (e.place() != null) {
                out.println("  where: " + atlas.actorName(e.place()));
            }
            if (!e.participants().isEmpty()) {
                out.println("  who: " + e.participants().stream().map(atlas::actorName).collect(Collectors.joining(", ")));
            }
            e.externalIds().forEach(x -> out.println("  " + x.scheme().code() + ": " + x.value()));
            out.println("  source: " + cite(e.locators()));
        }
        if (!found) {
            List<String> closest = atlas.closestIds(id);
            throw new UserException("no hotspot, actor, claim or event has id '" + id + "'"
                    + (closest.isEmpty() ? "" : "; did you mean " + closest.get(0) + "?")
                    + " ('hotspot-atlas list hotspots', 'list actors', 'list claims' and 'list events' show the ids)",
                    HotspotAtlasCli.EXIT_FAILURE);
        }
        links(out, atlas.source());
        return 0;
    }

    private void finding(PrintWriter out, String label, Finding f) {
        out.println(label + ": " + f.text() + " [" + f.modality().code()
                + (f.likelihood() == null ? "" : ", " + f.likelihood().code()) + ", " + f.voice().code() + "] "
                + cite(f.locators()));
    }

    /** The locators as written, remembered for the links printed at the end. */
    private String cite(List<Locator> locators) {
        cited.addAll(locators);
        return locators.stream().map(Object::toString).collect(Collectors.joining(" "));
    }

    /** Each locator shown, in order, beside the link that opens the source at that passage. */
    private void links(PrintWriter out, Source source) {
        if (cited.isEmpty()) {
            return;
        }
        out.println();
        out.println("Sources (each link opens the article at the passage):");
        for (Locator l : cited) {
            out.println("  " + l + "  " + source.link(l).map(URI::toString)
                    .orElse(source.url() + "  (no text anchor: opens the page)"));
        }
    }
}
