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
 * @param author    the document's author, in its metadata and on each page's foot, or null for the
 *                  tool ("Hotspot Atlas"); never the source's publisher, who did not write the brief
 * @param date      the document's date (metadata and cover), or null for the dataset's release date
 *                  ({@code Atlas.dataReleased()}) or, if it records none, the first day of the source's
 *                  publication date; never the time of writing, so the same data and options give the
 *                  same bytes
 * @param pageSize  the paper size
 * @param selection the part of the atlas to render, shown on the brief's cover and method page;
 *                  {@link Selection#all()} renders what the atlas holds (an atlas already cut down
 *                  with {@code Atlas.select} works too, but then the brief cannot say how it was cut:
 *                  pass the same selection here)
 */
public record PdfOptions(String title, String subtitle, String author, java.time.LocalDate date, PageSize pageSize,
                         Selection selection) {

    /** The longest title or subtitle accepted, in characters. */
    public static final int MAX_TITLE_LENGTH = 200;

    /** The default title. */
    public static final String DEFAULT_TITLE = "China and Russia in Global Hotspots";

    private static final PdfOptions DEFAULTS =
            new PdfOptions(DEFAULT_TITLE, null, null, null, PageSize.A4, Selection.all());

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
     * @param author    the document's author, in its metadata and on each page's foot, or null for the
     *                  tool ("Hotspot Atlas"); never the source's publisher, who did not write the brief
     * @param date      the document's date (metadata and cover), or null for the first day of the
     *                  source's publication date as the dataset records it; never the time of writing, so
     *                  the same data and options give the same bytes
     * @param pageSize  the paper size
     * @param selection the part of the atlas to render, shown on the brief's cover and method page;
     *                  {@link Selection#all()} renders what the atlas holds (an atlas already cut down
     *                  with {@code Atlas.select} works too, but then the brief cannot say how it was cut:
     *                  pass the same selection here)
     * @throws IllegalArgumentException if the title, subtitle or author is blank or too long
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
        if (author != null) {
            checkText(author, "author");
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

    /** {@return the defaults: the default title, a derived subtitle, A4, everything the atlas holds} */
    public static PdfOptions defaults() {
        return DEFAULTS;
    }

    /**
     * {@return a copy of these options with that title}
     *
     * @param value the title
     * @throws NullPointerException     if the title is null
     * @throws IllegalArgumentException if it is blank or longer than {@link #MAX_TITLE_LENGTH}
     */
    public PdfOptions withTitle(String value) {
        return new PdfOptions(value, subtitle, author, date, pageSize, selection);
    }

    /**
     * {@return a copy of these options with that subtitle}
     *
     * @param value the subtitle, or null to derive it from the data
     * @throws IllegalArgumentException if it is blank or longer than {@link #MAX_TITLE_LENGTH}
     */
    public PdfOptions withSubtitle(String value) {
        return new PdfOptions(title, value, author, date, pageSize, selection);
    }

    /**
     * {@return a copy of these options with that author}
     *
     * @param value the document's author, or null for the tool
     * @throws IllegalArgumentException if it is blank or longer than {@link #MAX_TITLE_LENGTH}
     */
    public PdfOptions withAuthor(String value) {
        return new PdfOptions(title, subtitle, value, date, pageSize, selection);
    }

    /**
     * {@return a copy of these options with that date}
     *
     * @param value the document's date, or null for the dataset's release date (else the source's
     *              publication date)
     */
    public PdfOptions withDate(java.time.LocalDate value) {
        return new PdfOptions(title, subtitle, author, value, pageSize, selection);
    }

    /**
     * {@return a copy of these options with that paper size}
     *
     * @param value the paper size
     * @throws NullPointerException if it is null
     */
    public PdfOptions withPageSize(PageSize value) {
        return new PdfOptions(title, subtitle, author, date, value, selection);
    }

    /**
     * {@return a copy of these options that renders only that part of the atlas and names it on the cover}
     *
     * @param value the part of the atlas to render
     * @throws NullPointerException if it is null
     */
    public PdfOptions withSelection(Selection value) {
        return new PdfOptions(title, subtitle, author, date, pageSize, value);
    }

    /** {@return the subtitle, if one was set} */
    public Optional<String> subtitleOverride() {
        return Optional.ofNullable(subtitle);
    }
}
