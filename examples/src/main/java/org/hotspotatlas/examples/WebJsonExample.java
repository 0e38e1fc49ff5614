package org.hotspotatlas.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.hotspotatlas.core.Atlas;
import org.hotspotatlas.export.json.GraphJsonExporter;
import org.hotspotatlas.export.json.NdjsonClaimsExporter;

/**
 * JSON for a web page: the graph view (Cytoscape.js elements) and the claims as NDJSON, next to a
 * small page that loads the graph with plain JavaScript and lists who is linked to whom.
 *
 * <p>Argument: {@code [OUT-DIR]}, by default {@code out/examples/web}. Serve that directory (for
 * example {@code python3 -m http.server}) and open {@code index.html}.
 */
public final class WebJsonExample {
    private WebJsonExample() {}

    /**
     * Writes {@code atlas.graph.json}, {@code claims.ndjson} and {@code index.html} to the output
     * directory.
     *
     * @param args optional output directory
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path dir = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "out/examples/web"));
        Atlas atlas = Atlas.bundled();
        new GraphJsonExporter().export(atlas, dir.resolve("atlas.graph.json"));
        new NdjsonClaimsExporter().export(atlas, dir.resolve("claims.ndjson"));
        Files.writeString(dir.resolve("index.html"), PAGE, StandardCharsets.UTF_8);
        System.out.println("wrote " + dir.resolve("atlas.graph.json") + ", " + dir.resolve("claims.ndjson")
                + " and " + dir.resolve("index.html"));
    }

    private static final String PAGE = """
            <!doctype html>
            <html lang="en">
            <meta charset="utf-8">
            <title>Hotspot Atlas graph</title>
            <h1>Hotspot Atlas: who acts on whom</h1>
            <p id="meta"></p>
            <ul id="edges"></ul>
            <script>
              fetch('atlas.graph.json').then(r => r.json()).then(graph => {
                const label = {};
                graph.elements.nodes.forEach(n => label[n.data.id] = n.data.label);
                document.getElementById('meta').textContent =
                  graph.elements.nodes.length + ' nodes, ' + graph.elements.edges.length + ' edges';
                const list = document.getElementById('edges');
                graph.elements.edges.filter(e => e.data.type === 'claim').forEach(e => {
                  const li = document.createElement('li');
                  li.textContent = label[e.data.source] + ' \\u2192 ' + label[e.data.target]
                    + ' (' + e.data.action + ', ' + e.data.locators.join(' ') + ')';
                  list.appendChild(li);
                });
              });
            </script>
            </html>
            """;
}
