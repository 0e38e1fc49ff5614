package org.hotspotatlas.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hotspotatlas.core.model.Anchor;
import org.hotspotatlas.core.model.Locator;
import org.hotspotatlas.core.model.Source;
import org.hotspotatlas.sourcetext.SourceText;
import org.hotspotatlas.sourcetext.SourceText.Directive;
import org.hotspotatlas.sourcetext.SourceText.Span;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bundled dataset's text anchors: one for every locator it cites, within the quote limit, and,
 * where the article is next to the repository, each link's text directive finds its own sentence
 * first, as a browser would.
 */
class SourceLinksTest {

    private static final Pattern LOCATOR = Pattern.compile("¶[1-9][0-9]*(\\.[1-9][0-9]*)?");
    private static final Pattern OVERLAP_WORD = Pattern.compile("[a-z0-9\\u00c0-\\u024f']+");

    /** Every locator string anywhere in the bundled document, read with a plain JSON reader. */
    private static TreeSet<Locator> citedInDocument() throws IOException {
        JsonNode root;
        try (InputStream in = Atlas.class.getResourceAsStream("hotspot-atlas.json")) {
            root = JsonMapper.builder().build().readTree(in);
        }
        TreeSet<Locator> found = new TreeSet<>();
        List<JsonNode> stack = new ArrayList<>();
        for (var e : root.properties()) {
            if (!e.getKey().equals("source")) {
                stack.add(e.getValue());
            }
        }
        stack.add(root.get("source").get("asserting"));
        while (!stack.isEmpty()) {
            JsonNode n = stack.remove(stack.size() - 1);
            if (n.isString() && LOCATOR.matcher(n.stringValue()).matches()) {
                found.add(Locator.parse(n.stringValue()));
            } else if (n.isContainer()) {
                n.values().forEach(stack::add);
            }
        }
        return found;
    }

    @Test
    void everyCitedLocatorHasAnAnchorAndALink() throws IOException {
        Source source = Atlas.bundled().source();
        TreeSet<Locator> cited = citedInDocument();
        assertTrue(cited.size() > 60, "the walk finds the dataset's locators: " + cited.size());
        List<Locator> missing = cited.stream().filter(l -> source.anchor(l).isEmpty()).toList();
        assertEquals(List.of(), missing, "cited locators without a text anchor");
        for (Locator l : cited) {
            String link = source.link(l).orElseThrow().toString();
            assertTrue(link.startsWith(source.url() + "#:~:text="), link);
        }
    }

    @Test
    void anchorsStayWithinTheQuoteLimitCountedEitherWay() {
        for (Anchor a : Atlas.bundled().source().anchors()) {
            int tokens = 0;
            int overlapWords = 0;
            for (String part : parts(a)) {
                assertEquals(part.strip(), part, a.locator() + ": no padding");
                assertTrue(!part.contains("\n") && !part.contains("  "), a.locator() + ": one line, single spaces");
                tokens += part.split("\\s+").length;
                Matcher m = OVERLAP_WORD.matcher(part.toLowerCase(java.util.Locale.ROOT).replace('’', '\'')
                        .replace('‘', '\''));
                while (m.find()) {
                    overlapWords++;
                }
            }
            assertTrue(tokens <= 12 && overlapWords <= 12,
                    a.locator() + " has " + tokens + " words (" + overlapWords + " as source-overlap counts)");
        }
    }

    private static List<String> parts(Anchor a) {
        List<String> out = new ArrayList<>();
        for (String s : new String[] {a.prefix(), a.start(), a.end(), a.suffix()}) {
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    @Test
    void eachLinkDecodesToItsAnchor() {
        Source source = Atlas.bundled().source();
        for (Anchor a : source.anchors()) {
            List<Directive> ds = SourceText.directives(source.link(a.locator()).orElseThrow().toString());
            assertEquals(List.of(new Directive(a.prefix(), a.start(), a.end(), a.suffix())), ds, a.locator().toString());
        }
    }

    @Test
    void eachLinkFindsItsOwnSentenceFirstInTheArticle() throws IOException {
        Optional<SourceText> article = SourceText.shared();
        assumeTrue(article.isPresent(), "the article (shared/source/article.txt) is not next to the repository");
        SourceText text = article.get();
        Source source = Atlas.bundled().source();
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Anchor a : source.anchors()) {
            Span sentence = text.span(a.locator()).orElseThrow(() -> new AssertionError(a.locator() + " is not in the article"));
            for (Directive d : SourceText.directives(source.link(a.locator()).orElseThrow().toString())) {
                for (boolean foldQuotes : new boolean[] {false, true}) {
                    Optional<Span> match = text.find(d, foldQuotes);
                    if (match.isEmpty()) {
                        failures.add(a.locator() + ": not found" + (foldQuotes ? " (quotes folded)" : ""));
                    } else if (!sentence.contains(match.get())) {
                        failures.add(a.locator() + ": first match is in line " + text.lineOf(match.get())
                                + (foldQuotes ? " (quotes folded)" : ""));
                    }
                    checked++;
                }
            }
        }
        assertEquals(List.of(), failures);
        assertEquals(2 * source.anchors().size(), checked);
    }
}
