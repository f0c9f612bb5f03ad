package org.claimgraph.store;

import java.util.List;

/**
 * What a load did.
 *
 * @param loaded slugs of articles whose graphs were written
 * @param unchanged slugs of articles skipped because their content hash was already in the store
 * @param triples triples written in all
 * @param millis time taken
 */
public record LoadReport(List<String> loaded, List<String> unchanged, long triples, long millis) {}
