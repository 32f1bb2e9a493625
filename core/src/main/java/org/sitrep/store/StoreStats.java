package org.sitrep.store;

/**
 * Counts of what a store holds, and its size on disk.
 *
 * @param linkedCopies articles linked as copies (exact or near) of an earlier article
 */
public record StoreStats(long documents, long articles, long linkedCopies, long stories, long actors, long events,
    long bytesOnDisk) {}
