/**
 * Benchmarks, beside the flow: a generator of synthetic news reports for load and query
 * measurements, and the runner that times loading, querying and serving. Never used to judge
 * extraction quality; the gold corpus in {@code extract.eval} does that.
 */
package org.claimgraph.bench;
