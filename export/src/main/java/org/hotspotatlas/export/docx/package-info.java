/**
 * The policy brief as an editable Word document (Office Open XML, written with Apache POI): the
 * same content as the PDF brief, with Word's own structure (heading styles, a table of contents
 * field, tables with repeating header rows, numbered captions, lists, links).
 */
package org.hotspotatlas.export.docx;
