package org.hotspotatlas.core.model;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * The document a dataset is curated from, and the shape of its text that locators point into.
 *
 * @param title           the document's title
 * @param publisher       who published it
 * @param publicationType the publisher's label for the kind of publication, such as "Analysis"
 * @param published       when it was published, to the precision known
 * @param url             where it can be read: an absolute URL
 * @param outline         for each non-empty line of the text in order, how many sentences it has;
 *                        0 for a line cited only as a whole (a heading, a caption)
 * @param asserting       every sentence (or whole line) that asserts something and so must be cited
 *                        by at least one record; the dataset's coverage is checked against it
 * @param anchors         text anchors that let a locator open the source at its passage, at most
 *                        one per locator, kept in locator order; possibly empty
 */
public record Source(String title, String publisher, String publicationType, PartialDate published,
                     URI url, List<Integer> outline, List<Locator> asserting, List<Anchor> anchors) {

    /**
     * Validates and copies.
     *
     * @param title           the document's title
     * @param publisher       who published it
     * @param publicationType the publisher's label for the kind of publication, such as "Analysis"
     * @param published       when it was published, to the precision known
     * @param url             where it can be read
     * @param outline         for each non-empty line of the text in order, how many sentences it has;
     *                        0 for a line cited only as a whole (a heading, a caption)
     * @param asserting       every sentence (or whole line) that asserts something and so must be cited
     *                        by at least one record; the dataset's coverage is checked against it
     * @param anchors         text anchors that let a locator open the source at its passage, at most
     *                        one per locator, kept in locator order; possibly empty
     */
    public Source {
        Checks.text(title, "source title");
        Checks.text(publisher, "source publisher");
        Checks.text(publicationType, "source publicationType");
        Objects.requireNonNull(published, "source published");
        Objects.requireNonNull(url, "source url");
        TextSafety.requireUnicode(url.toString(), "source url");
        if (!url.isAbsolute() || url.isOpaque()) {
            throw new IllegalArgumentException("source url must be an absolute URL such as https://example.org/a, "
                    + "but was '" + url + "'");
        }
        outline = Checks.list(outline, "source outline");
        for (int i = 0; i < outline.size(); i++) {
            if (outline.get(i) < 0) {
                throw new IllegalArgumentException("source outline[" + i + "] must be >= 0, but was "
                        + outline.get(i));
            }
        }
        asserting = Checks.list(asserting, "source asserting");
        List<Anchor> sorted = new java.util.ArrayList<>(Checks.list(anchors, "source anchors"));
        sorted.sort(java.util.Comparator.comparing(Anchor::locator));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).locator().equals(sorted.get(i - 1).locator())) {
                throw new IllegalArgumentException("source anchors must have at most one anchor per locator, but "
                        + sorted.get(i).locator() + " has more than one");
            }
        }
        anchors = List.copyOf(sorted);
    }

    /**
     * A source without text anchors.
     *
     * @param title           the document's title
     * @param publisher       who published it
     * @param publicationType the publisher's label for the kind of publication
     * @param published       when it was published
     * @param url             where it can be read: an absolute URL
     * @param outline         sentences per non-empty line
     * @param asserting       the sentences that must be cited
     */
    public Source(String title, String publisher, String publicationType, PartialDate published, URI url,
                  List<Integer> outline, List<Locator> asserting) {
        this(title, publisher, publicationType, published, url, outline, asserting, List.of());
    }

    /**
     * {@return the anchor stored for that locator, if any}
     *
     * @param locator a locator
     */
    public java.util.Optional<Anchor> anchor(Locator locator) {
        Objects.requireNonNull(locator, "locator");
        for (Anchor a : anchors) {
            if (a.locator().equals(locator)) {
                return java.util.Optional.of(a);
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * A link that opens the source at a cited passage: the source URL (without any fragment of its own)
     * followed by a URL Fragment Text Directive, {@code #:~:text=[prefix-,]start[,end][,-suffix]}, built
     * from the passage's {@link Anchor}. Browsers that follow the directive scroll to the passage and
     * highlight it; others open the page at its top.
     *
     * @param locator a locator
     * @return the link, or empty if no anchor is stored for the locator
     */
    public java.util.Optional<URI> link(Locator locator) {
        return anchor(locator).map(a -> URI.create(base() + "#:~:" + a.textDirective()));
    }

    /**
     * A link that opens the source with several cited passages highlighted at once: the source URL
     * followed by one text directive per passage, in source order and without repeats, joined with
     * {@code &} as the URL Fragment Text Directives draft allows
     * ({@code #:~:text=...&text=...}). Browsers that follow the directives highlight every passage and
     * scroll to the first. For a single locator it is the same link as {@link #link(Locator)}.
     *
     * @param locators the passages, at least one
     * @return the link, or empty if any of the passages has no anchor stored
     * @throws IllegalArgumentException if {@code locators} is empty
     */
    public java.util.Optional<URI> link(java.util.Collection<Locator> locators) {
        Objects.requireNonNull(locators, "locators");
        if (locators.isEmpty()) {
            throw new IllegalArgumentException("a link needs at least one locator, but none was given");
        }
        java.util.SortedSet<Locator> passages = new java.util.TreeSet<>(locators);
        StringBuilder directives = new StringBuilder();
        for (Locator l : passages) {
            java.util.Optional<Anchor> a = anchor(l);
            if (a.isEmpty()) {
                return java.util.Optional.empty();
            }
            directives.append(directives.length() == 0 ? "" : "&").append(a.get().textDirective());
        }
        return java.util.Optional.of(URI.create(base() + "#:~:" + directives));
    }

    /** The source URL without any fragment of its own. */
    private String base() {
        String base = url.toString();
        int hash = base.indexOf('#');
        return hash >= 0 ? base.substring(0, hash) : base;
    }

    /**
     * Whether a locator points at text that exists in this source's outline.
     *
     * @param locator the locator
     * @return true if its line exists and, for a sentence locator, the line has that many sentences
     */
    public boolean contains(Locator locator) {
        if (locator.paragraph() > outline.size()) {
            return false;
        }
        return locator.isWholeLine() || locator.sentence() <= outline.get(locator.paragraph() - 1);
    }
}
