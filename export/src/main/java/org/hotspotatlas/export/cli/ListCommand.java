package org.hotspotatlas.export.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.hotspotatlas.core.Atlas;
import org.hotspotatlas.core.model.Actor;
import org.hotspotatlas.core.model.Claim;
import org.hotspotatlas.core.model.Event;
import org.hotspotatlas.core.model.Hotspot;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code list hotspots|actors|events|claims}: a table of one kind of record. */
@Command(name = "list", mixinStandardHelpOptions = true, versionProvider = HotspotAtlasCli.Version.class,
        description = "List the hotspots, actors, events or claims as a table.")
final class ListCommand implements Callable<Integer> {

    /** What can be listed. */
    enum What { hotspots, actors, events, claims }

    @Parameters(paramLabel = "WHAT", description = "One of: ${COMPLETION-CANDIDATES}.")
    What what;

    @Mixin
    DataOption data = new DataOption();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Atlas atlas = data.load();
        PrintWriter out = spec.commandLine().getOut();
        switch (what) {
            case hotspots -> {
                TextTable t = new TextTable("ID", "NAME", "PATTERN", "U.S. ALIGNMENT", "CLAIMS");
                for (Hotspot h : atlas.hotspots()) {
                    t.row(h.id(), h.name(), h.assessment().pattern().code(), h.assessment().alignment().code(),
                            atlas.claimsIn(h.id()).size());
                }
                t.print(out);
            }
            case actors -> {
                TextTable t = new TextTable("ID", "KIND", "NAME", "CLAIMS");
                for (Actor a : atlas.actors()) {
                    t.row(a.id(), a.kind().code(), a.name(), atlas.claimsInvolving(a.id()).size());
                }
                t.print(out);
            }
            case events -> {
                TextTable t = new TextTable("DATE", "ID", "KIND", "TITLE");
                for (Event e : atlas.timeline()) {
                    t.row(atlas.analysis().effectiveDate(e).map(t2 -> t2.date().toString()).orElse("-"), e.id(),
                            e.kind().code(), e.title());
                }
                t.print(out);
            }
            case claims -> {
                TextTable t = new TextTable("ID", "HOTSPOT", "ACTION", "MODALITY", "SUBJECTS", "LOCATORS");
                for (Claim c : atlas.claims()) {
                    t.row(c.id(), c.hotspot() == null ? "-" : c.hotspot(), c.action().code(), c.modality().code(),
                            String.join(", ", c.subjects()),
                            c.locators().stream().map(Object::toString).collect(Collectors.joining(" ")));
                }
                t.print(out);
            }
            default -> throw new IllegalStateException(what.toString());
        }
        return 0;
    }
}
