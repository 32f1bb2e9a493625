package org.sitrep.store;

/** Counts of what a store holds, and its size on disk. */
public record StoreStats(long documents, long articles, long duplicates, long stories, long actors, long events,
    long bytesOnDisk) {}
