package org.claimgraph.serve;

import java.nio.file.Path;
import java.util.List;
import org.claimgraph.extract.source.InputProblem;
import org.claimgraph.store.LoadReport;

/**
 * What the server does with articles sent to it: the same loader as {@code claimgraph load}, run in
 * the server's process on its open store, so that extraction, the batch transaction and the rules
 * are exactly those of a local load.
 */
@FunctionalInterface
public interface ArticleIntake {

  LoadReport load(List<Path> files, boolean force) throws InputProblem;
}
