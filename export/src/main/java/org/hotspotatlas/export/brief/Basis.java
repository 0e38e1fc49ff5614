package org.hotspotatlas.export.brief;

/** Whose statement or verdict a piece of the brief is: the author's, someone the author cites, or this dataset's own reading. */
public enum Basis {
    /** Stated by the source's author. */
    AUTHOR,
    /** Attributed by the author to someone else. */
    ATTRIBUTED,
    /** This dataset's reading of the source, not stated there. */
    DATASET
}
