/**
 * Internal helpers shared by the Office Open XML formats (the workbook and the Word brief): not
 * exported from the module, not part of the API.
 */
package org.hotspotatlas.export.ooxml;
