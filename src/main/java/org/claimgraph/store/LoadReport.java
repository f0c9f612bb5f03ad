package org.claimgraph.store;

import java.util.List;

/**
 * What a load did.
 *
 * @param loaded slugs of articles whose graphs were written
 * @param unchanged slugs of articles skipped because their content hash was already in the store
 * @param failures files skipped because they could not be read or extracted (with --keep-going)
 * @param triples triples written in all
 * @param batches write transactions committed
 * @param millis time taken
 */
public record LoadReport(
    List<String> loaded,
    List<String> unchanged,
    List<LoadFailure> failures,
    long triples,
    int batches,
    long millis) {}
