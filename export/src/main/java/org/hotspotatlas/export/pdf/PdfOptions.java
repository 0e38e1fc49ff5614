package org.hotspotatlas.export.pdf;

import java.util.Objects;
import java.util.Optional;

import org.hotspotatlas.core.Selection;

/**
 * How a {@link PdfExporter} lays out a brief. Immutable; start from {@link #defaults()} and change
 * one thing at a time with the {@code withX} methods.
 *
 * @param title     the brief's title, on the cover, in the running header and in the metadata
 * @param subtitle  the cover subtitle, or null to derive one from what the atlas holds (for example
 *                  "All 9 hotspots" or the names of the selected hotspots)
 * @param pageSize  the paper size
 * @param selection the part of the atlas to render; {@link Selection#all()} renders what the atlas
 *                  holds (an atlas already cut down with {@code Atlas.select} works the same way)
 */
public record PdfOptions(String title, String subtitle, PageSize pageSize, Selection selection) {

    /** The longest title or subtitle accepted, in characters. */
    public static final int MAX_TITLE_LENGTH = 200;

    /** The default title. */
    public static final String DEFAULT_TITLE = "China and Russia in Global Hotspots";

    private static final PdfOptions DEFAULTS =
            new PdfOptions(DEFAULT_TITLE, null, PageSize.A4, Selection.all());

    /** Paper sizes a brief can be laid out on. */
    public enum PageSize {
        /** ISO A4, 210 by 297 mm. */
        A4,
        /** U.S. Letter, 8.5 by 11 inches. */
        LETTER
    }

    /**
     * Validates.
     *
     * @param title     the brief's title, on the cover, in the running header and in the metadata
     * @param subtitle  the cover subtitle, or null to derive one from what the atlas holds (for example
     *                  "All 9 hotspots" or the names of the selected hotspots)
     * @param pageSize  the paper size
     * @param selection the part of the atlas to render; {@link Selection#all()} renders what the atlas
     *                  holds (an atlas already cut down with {@code Atlas.select} works the same way)
     * @throws IllegalArgumentException if the title is blank or too long, or the subtitle is blank
     *                                  or too long
     * @throws NullPointerException     if the title, page size or selection is null
     */
    public PdfOptions {
        Objects.requireNonNull(title, "PDF option title");
        Objects.requireNonNull(pageSize, "PDF option pageSize");
        Objects.requireNonNull(selection, "PDF option selection");
        checkText(title, "title");
        if (subtitle != null) {
            checkText(subtitle, "subtitle");
        }
    }

    private static void checkText(String value, String what) {
        if (value.isBlank()) {
            throw new IllegalArgumentException("PDF option " + what + " must not be blank");
        }
        if (value.length() > MAX_TITLE_LENGTH) {
            throw new IllegalArgumentException("PDF option " + what + " must have at most " + MAX_TITLE_LENGTH
                    + " characters, but had " + value.length());
        }
    }

    /**
     * Gives the options a brief has unless told otherwise.
     *
     * @return the defaults: the default title, a derived subtitle, A4, everything the atlas holds
     */
    public static PdfOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Sets the title printed on the first page and in the document properties.
     *
     * @param value the title
     * @return these options with that title
     */
    public PdfOptions withTitle(String value) {
        return new PdfOptions(value, subtitle, pageSize, selection);
    }

    /**
     * Sets the line under the title.
     *
     * @param value the subtitle, or null to derive it from the data
     * @return these options with that subtitle
     */
    public PdfOptions withSubtitle(String value) {
        return new PdfOptions(title, value, pageSize, selection);
    }

    /**
     * Sets the paper size.
     *
     * @param value the paper size
     * @return these options with that paper size
     */
    public PdfOptions withPageSize(PageSize value) {
        return new PdfOptions(title, subtitle, value, selection);
    }

    /**
     * Limits the brief to part of the atlas.
     *
     * @param value the part of the atlas to render
     * @return these options with that selection
     */
    public PdfOptions withSelection(Selection value) {
        return new PdfOptions(title, subtitle, pageSize, value);
    }

    /**
     * Gives the subtitle set by the caller, if any.
     *
     * @return the subtitle, if one was set
     */
    public Optional<String> subtitleOverride() {
        return Optional.ofNullable(subtitle);
    }
}
