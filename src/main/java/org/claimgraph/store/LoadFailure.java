package org.claimgraph.store;

import java.nio.file.Path;

/**
 * An article file that a load skipped, and why.
 *
 * @param file the file
 * @param reason one line saying what is wrong with it
 */
public record LoadFailure(Path file, String reason) {}
