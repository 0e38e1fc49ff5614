/**
 * The policy brief as an editable Word document (Office Open XML, WordprocessingML written directly): the
 * same content as the PDF brief, with Word's own structure (heading styles, a table of contents
 * field, tables with repeating header rows, numbered captions, lists, links).
 *
 * <p>A Word brief on two hotspots, with an author of your own (here {@code dir} is an existing
 * directory):
 *
 * <pre>{@code
 * DocxOptions options = DocxOptions.defaults()
 *         .withAuthor("Research desk")
 *         .withSelection(Selection.hotspots("arctic", "serbia"));
 * new DocxExporter(options).export(Atlas.bundled(), dir.resolve("brief.docx"));
 * }</pre>
 *
 * <p>The same code runs in {@code org.hotspotatlas.examples.PackageExamples}, whose test checks
 * that it still matches this page.
 */
package org.hotspotatlas.export.docx;
