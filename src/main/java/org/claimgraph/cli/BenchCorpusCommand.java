package org.claimgraph.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.claimgraph.bench.CorpusGenerator;
import org.claimgraph.graph.GazetteerReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code claimgraph bench corpus}: writes a synthetic corpus of news reports for benchmarks. */
@Command(
    name = "corpus",
    mixinStandardHelpOptions = true,
    description = {
      "Writes N synthetic news reports (NAME.txt + NAME.meta.json) made from templates filled with actors and places from data/gazetteer/, figures, dates and reporting verbs. The same seed gives the same files, and the first N of a larger corpus are the same files.",
      "For load and query benchmarks only: the texts are plausible in shape, not in content, and must never be used to judge extraction quality (the gold corpus does that)."
    })
final class BenchCorpusCommand implements Callable<Integer> {

  @ParentCommand BenchCommand bench;

  @Option(names = "--articles", paramLabel = "N", required = true, description = "How many.")
  int articles;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder to write.")
  Path out;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "1",
      description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() throws Exception {
    if (articles < 1) {
      throw new UserError("--articles must be at least 1.");
    }
    ProjectHome home = ProjectHome.locate();
    CorpusGenerator generator = new CorpusGenerator(GazetteerReader.read(home.gazetteer()));
    long start = System.nanoTime();
    long bytes = generator.write(articles, out, seed);
    var o = bench.parent.spec.commandLine().getOut();
    o.printf(
        "Wrote %d synthetic article(s), %.1f MB of text, seed %d, into %s in %.1f s%n",
        articles,
        bytes / 1e6,
        seed,
        out.toAbsolutePath().normalize(),
        (System.nanoTime() - start) / 1e9);
    o.flush();
    return ExitCodes.OK;
  }
}
