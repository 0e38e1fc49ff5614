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
 * @param url             where it can be read
 * @param outline         for each non-empty line of the text in order, how many sentences it has;
 *                        0 for a line cited only as a whole (a heading, a caption)
 * @param asserting       every sentence (or whole line) that asserts something and so must be cited
 *                        by at least one record; the dataset's coverage is checked against it
 */
public record Source(String title, String publisher, String publicationType, PartialDate published,
                     URI url, List<Integer> outline, List<Locator> asserting) {

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
     */
    public Source {
        Checks.text(title, "source title");
        Checks.text(publisher, "source publisher");
        Checks.text(publicationType, "source publicationType");
        Objects.requireNonNull(published, "source published");
        Objects.requireNonNull(url, "source url");
        outline = Checks.list(outline, "source outline");
        for (int i = 0; i < outline.size(); i++) {
            if (outline.get(i) < 0) {
                throw new IllegalArgumentException("source outline[" + i + "] must be >= 0, but was "
                        + outline.get(i));
            }
        }
        asserting = Checks.list(asserting, "source asserting");
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
