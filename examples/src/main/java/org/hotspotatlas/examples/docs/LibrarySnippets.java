package org.hotspotatlas.examples.docs;

import java.util.List;

import org.hotspotatlas.core.Atlas;
import org.hotspotatlas.core.model.Claim;
import org.hotspotatlas.core.model.Event;
import org.hotspotatlas.export.json.HotspotAtlasModule;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The code on the library guide (docs/library.md), as methods that compile and run. Each method
 * holds, between its tag markers, exactly the lines the page shows; {@code DocSnippetsTest} checks
 * that they match, runs each method and compares what it prints with the output the page shows.
 */
public final class LibrarySnippets {
    private LibrarySnippets() {}

    /** Writes one claim and the events with a Jackson mapper of one's own, and reads them back. */
    public static void mapper() {
        // tag::mapper[]
        Atlas atlas = Atlas.bundled();
        JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
        // or: JsonMapper.builder().addModule(new HotspotAtlasModule()).build()

        String json = mapper.writeValueAsString(atlas.claim("venezuela.veto").orElseThrow());
        Claim claim = mapper.readValue(json, Claim.class);
        String eventsJson = mapper.writeValueAsString(atlas.events());
        List<Event> events = mapper.readValue(eventsJson, new TypeReference<List<Event>>() {});
        System.out.println(claim.equals(atlas.claim("venezuela.veto").orElseThrow()) + ", "
                + events.size() + " events read back");
        // end::mapper[]
        JsonMapper.builder().addModule(new HotspotAtlasModule()).build();
    }
}
