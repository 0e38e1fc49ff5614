/** PDF policy briefs written with OpenPDF. */
package org.hotspotatlas.export.pdf;
