package org.claimgraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code claimgraph bench}: synthetic corpora and performance measurements; not for users' data.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description =
        "Benchmarks: generate a synthetic corpus, or measure loading, querying and serving. For developers; the generated reports are templates, never a measure of extraction quality.",
    subcommands = {BenchCorpusCommand.class, BenchRunCommand.class, CommandLine.HelpCommand.class})
final class BenchCommand implements Runnable {

  @CommandLine.ParentCommand ClaimgraphCommand parent;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
