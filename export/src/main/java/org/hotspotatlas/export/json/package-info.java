/** JSON for other programs: the canonical document, a graph view, newline-delimited claims, and a Jackson module. */
package org.hotspotatlas.export.json;
