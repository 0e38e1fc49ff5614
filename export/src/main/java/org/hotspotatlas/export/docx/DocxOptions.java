package org.hotspotatlas.export.docx;

import java.time.LocalDate;
import java.util.Objects;

import org.hotspotatlas.core.Selection;
import org.hotspotatlas.export.pdf.PdfOptions;

/**
 * How a {@link DocxExporter} lays out the Word brief: the same choices as the PDF brief's
 * {@link PdfOptions}. Immutable; start from {@link #defaults()} and change one thing at a time with
 * the {@code withX} methods.
 *
 * @param title     the brief's title, on the cover, in the running header and in the document
 *                  properties
 * @param subtitle  the cover subtitle, or null to derive one from what the atlas holds
 * @param author    the document's author, in its properties and footer, or null for the tool
 *                  ("Hotspot Atlas"); never the source's publisher, who did not write the brief
 * @param date      the document's date, in its properties and on every zip entry, or null for the
 *                  dataset's release date or, if it records none, the source's publication date (as
 *                  the PDF brief's {@link PdfOptions#date()})
 * @param pageSize  the paper size
 * @param selection the part of the atlas to render, shown on the brief's cover and method part;
 *                  {@link Selection#all()} renders what the atlas holds
 */
public record DocxOptions(String title, String subtitle, String author, LocalDate date, PageSize pageSize,
                          Selection selection) {

    /** The longest title, subtitle or author accepted, in characters. */
    public static final int MAX_TITLE_LENGTH = PdfOptions.MAX_TITLE_LENGTH;

    private static final DocxOptions DEFAULTS =
            new DocxOptions(PdfOptions.DEFAULT_TITLE, null, null, null, PageSize.A4, Selection.all());

    /** Paper sizes the Word brief can be set up for. */
    public enum PageSize {
        /** ISO A4, 210 by 297 mm. */
        A4(11906, 16838),
        /** U.S. Letter, 8.5 by 11 inches. */
        LETTER(12240, 15840);

        final int widthTwips;
        final int heightTwips;

        PageSize(int widthTwips, int heightTwips) {
            this.widthTwips = widthTwips;
            this.heightTwips = heightTwips;
        }
    }

    /**
     * Validates.
     *
     * @param title     the brief's title, on the cover, in the running header and in the document
     *                  properties
     * @param subtitle  the cover subtitle, or null to derive one from what the atlas holds
     * @param author    the document's author, in its properties and footer, or null for the tool
     *                  ("Hotspot Atlas"); never the source's publisher, who did not write the brief
     * @param date      the document's date, in its properties and on every zip entry, or null for the
     *                  dataset's release date (as the PDF brief's {@link PdfOptions#date()})
     * @param pageSize  the paper size
     * @param selection the part of the atlas to render, shown on the brief's cover and method part;
     *                  {@link Selection#all()} renders what the atlas holds
     * @throws IllegalArgumentException if the title, subtitle or author is blank or too long
     * @throws NullPointerException     if the title, page size or selection is null
     */
    public DocxOptions {
        Objects.requireNonNull(title, "Word option title");
        Objects.requireNonNull(pageSize, "Word option pageSize");
        Objects.requireNonNull(selection, "Word option selection");
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
            throw new IllegalArgumentException("Word option " + what + " must not be blank");
        }
        if (value.length() > MAX_TITLE_LENGTH) {
            throw new IllegalArgumentException("Word option " + what + " must have at most " + MAX_TITLE_LENGTH
                    + " characters, but had " + value.length());
        }
    }

    /**
     * {@return the defaults: the PDF brief's default title, a derived subtitle, the tool as author, the
     * dataset's date, A4, everything}
     */
    public static DocxOptions defaults() {
        return DEFAULTS;
    }

    /**
     * {@return a copy of these options with that title}
     *
     * @param value the title
     * @throws NullPointerException     if the title is null
     * @throws IllegalArgumentException if it is blank or longer than {@link #MAX_TITLE_LENGTH}
     */
    public DocxOptions withTitle(String value) {
        return new DocxOptions(value, subtitle, author, date, pageSize, selection);
    }

    /**
     * {@return a copy of these options with that subtitle}
     *
     * @param value the subtitle, or null to derive it from the data
     * @throws IllegalArgumentException if it is blank or longer than {@link #MAX_TITLE_LENGTH}
     */
    public DocxOptions withSubtitle(String value) {
        return new DocxOptions(title, value, author, date, pageSize, selection);
    }

    /**
     * {@return a copy of these options with that author}
     *
     * @param value the document's author, or null for the tool
     * @throws IllegalArgumentException if it is blank or longer than {@link #MAX_TITLE_LENGTH}
     */
    public DocxOptions withAuthor(String value) {
        return new DocxOptions(title, subtitle, value, date, pageSize, selection);
    }

    /**
     * {@return a copy of these options with that date}
     *
     * @param value the document's date, or null for the dataset's release date
     */
    public DocxOptions withDate(LocalDate value) {
        return new DocxOptions(title, subtitle, author, value, pageSize, selection);
    }

    /**
     * {@return a copy of these options with that paper size}
     *
     * @param value the paper size
     * @throws NullPointerException if it is null
     */
    public DocxOptions withPageSize(PageSize value) {
        return new DocxOptions(title, subtitle, author, date, value, selection);
    }

    /**
     * {@return a copy of these options that renders only that part of the atlas and names it on the cover}
     *
     * @param value the part of the atlas to render
     * @throws NullPointerException if it is null
     */
    public DocxOptions withSelection(Selection value) {
        return new DocxOptions(title, subtitle, author, date, pageSize, value);
    }
}
