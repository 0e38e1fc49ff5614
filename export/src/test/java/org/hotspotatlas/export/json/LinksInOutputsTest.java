package org.hotspotatlas.export.json;

import static org.hotspotatlas.export.json.JsonTestSupport.export;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.hotspotatlas.core.Atlas;
import org.hotspotatlas.core.model.Claim;
import org.hotspotatlas.core.model.Locator;
import org.hotspotatlas.sourcetext.SourceText;
import org.hotspotatlas.sourcetext.SourceText.Directive;
import org.hotspotatlas.sourcetext.SourceText.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Follows every link in every JSON output of the bundled data back into the article, as a browser
 * would (see {@link SourceText}): each text directive must find, first, a passage inside the sentence
 * its locator names. Skipped where the article is not next to the repository.
 */
class LinksInOutputsTest {

    private static SourceText article;
    private static final Atlas ATLAS = Atlas.bundled();

    @BeforeAll
    static void findTheArticle() throws IOException {
        Optional<SourceText> text = SourceText.shared();
        assumeTrue(text.isPresent(), "the article (shared/source/article.txt) is not next to the repository");
        article = text.get();
    }

    /** Checks one directive against one locator; returns the problems found. */
    private static List<String> check(String where, Locator locator, Directive d) {
        List<String> problems = new ArrayList<>();
        Span sentence = article.span(locator).orElse(null);
        if (sentence == null) {
            problems.add(where + ": " + locator + " is not in the article");
            return problems;
        }
        for (boolean foldQuotes : new boolean[] {false, true}) {
            Optional<Span> m = article.find(d, foldQuotes);
            String mode = foldQuotes ? " (quotes folded)" : "";
            if (m.isEmpty()) {
                problems.add(where + ": " + locator + " not found" + mode);
            } else if (!sentence.contains(m.get())) {
                problems.add(where + ": " + locator + " first matches in line " + article.lineOf(m.get()) + mode);
            }
        }
        return problems;
    }

    /**
     * Every {@code {locator, url}} pair in a JSON tree is checked, and every string holding a text
     * directive must be such a url, so no link goes unchecked.
     */
    private static int checkCitations(String what, JsonNode root, List<String> problems) {
        int checked = 0;
        List<JsonNode> stack = new ArrayList<>(List.of(root));
        while (!stack.isEmpty()) {
            JsonNode n = stack.remove(stack.size() - 1);
            if (n.isObject() && n.has("locator") && n.has("url")) {
                String url = n.get("url").stringValue();
                List<Directive> ds = SourceText.directives(url);
                assertEquals(1, ds.size(), what + ": one text directive in " + url);
                problems.addAll(check(what, Locator.parse(n.get("locator").stringValue()), ds.get(0)));
                checked++;
            } else if (n.isString() && n.stringValue().contains(":~:")) {
                problems.add(what + ": a link outside a citation: " + n.stringValue());
            } else if (n.isContainer()) {
                n.values().forEach(stack::add);
            }
        }
        return checked;
    }

    @Test
    void ndjsonCitationsOpenTheirSentences() {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        int locators = 0;
        for (String line : JsonTestSupport.utf8(export(new NdjsonClaimsExporter(), ATLAS)).split("\n")) {
            JsonNode n = JsonTestSupport.PLAIN.readTree(line);
            checked += checkCitations("ndjson " + n.get("id").stringValue(), n, problems);
            locators += n.get("locators").size();
        }
        assertEquals(List.of(), problems);
        assertEquals(locators, checked, "every locator of every line has a link");
    }

    @Test
    void graphCitationsOpenTheirSentences() {
        List<String> problems = new ArrayList<>();
        JsonNode graph = JsonTestSupport.PLAIN.readTree(JsonTestSupport.utf8(export(new GraphJsonExporter(), ATLAS)));
        int checked = checkCitations("graph", graph, problems);
        int locators = 0;
        for (JsonNode kind : List.of(graph.get("elements").get("nodes"), graph.get("elements").get("edges"))) {
            for (JsonNode e : kind) {
                locators += e.get("data").has("locators") ? e.get("data").get("locators").size() : 0;
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(checked > 0);
        assertEquals(locators, checked, "every locator in the graph has a link");
    }

    @Test
    void theCanonicalDocumentsAnchorsFindTheirSentences() {
        JsonNode doc = JsonTestSupport.PLAIN.readTree(JsonTestSupport.utf8(export(new CanonicalJsonExporter(), ATLAS)));
        List<String> problems = new ArrayList<>();
        JsonNode anchors = doc.get("source").get("anchors");
        for (JsonNode a : anchors) {
            problems.addAll(check("json", Locator.parse(a.get("locator").stringValue()),
                    new Directive(text(a, "prefix"), text(a, "start"), text(a, "end"), text(a, "suffix"))));
        }
        assertEquals(List.of(), problems);
        assertEquals(ATLAS.source().anchors().size(), anchors.size());
    }

    @Test
    void annotationSelectorsFindTheirSentences() {
        JsonNode doc = JsonTestSupport.PLAIN.readTree(JsonTestSupport.utf8(export(new AnnotationsExporter(), ATLAS)));
        List<String> problems = new ArrayList<>();
        int checked = 0;
        int locators = 0;
        for (JsonNode a : doc.get("first").get("items")) {
            Claim c = ATLAS.claim(a.get("id").stringValue().substring(1)).orElseThrow();
            JsonNode targets = a.get("target");
            assertEquals(c.locators().size(), targets.size(), c.id());
            locators += targets.size();
            for (int k = 0; k < targets.size(); k++) {
                JsonNode s = targets.get(k).get("selector");
                if (s == null) {
                    continue;
                }
                Directive d = "RangeSelector".equals(s.get("type").stringValue())
                        ? new Directive(strip(s.get("startSelector"), "prefix"), text(s.get("startSelector"), "exact"),
                                text(s.get("endSelector"), "prefix"), strip(s.get("endSelector"), "suffix"))
                        : new Directive(strip(s, "prefix"), text(s, "exact"), null, strip(s, "suffix"));
                problems.addAll(check("annotation " + c.id(), c.locators().get(k), d));
                checked++;
            }
        }
        assertEquals(List.of(), problems);
        assertEquals(locators, checked, "every target of the bundled data has a selector");
    }

    private static String text(JsonNode n, String field) {
        return n.has(field) ? n.get(field).stringValue() : null;
    }

    /** A context string without the single space that separates it from the quote. */
    private static String strip(JsonNode n, String field) {
        String s = text(n, field);
        return s == null ? null : s.strip();
    }
}
