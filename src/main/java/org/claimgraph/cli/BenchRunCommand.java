package org.claimgraph.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimgraph.bench.BenchRunner;
import org.claimgraph.bench.CorpusGenerator;
import org.claimgraph.extract.ArticleExtractor;
import org.claimgraph.extract.gazetteer.Gazetteer;
import org.claimgraph.graph.ArticleGraphMapper;
import org.claimgraph.graph.GazetteerReader;
import org.claimgraph.vocab.Iris;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code claimgraph bench run}: measures extraction, loading, serving and querying. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Measures extraction speed (1 thread, all cores), 'claimgraph load' end to end against Jena's tdb2.tdbloader --loader=parallel on the same N-Quads, serve start-up and peak RSS, query p50/p95 over HTTP for every queries/*.rq (and Virtuoso's, when Debian's virtuoso-opensource is installed), and concurrent throughput. Corpora are generated (see 'bench corpus'); 1 means the sample article.",
      "Writes OUT/results.md and prints it. Takes minutes: never part of the build."
    })
final class BenchRunCommand implements Callable<Integer> {

  @ParentCommand BenchCommand bench;

  @Option(
      names = "--articles",
      split = ",",
      paramLabel = "N",
      defaultValue = "1,1000,10000",
      description = "Corpus sizes (default: ${DEFAULT-VALUE}).")
  List<Integer> sizes;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "target/bench",
      description =
          "Working folder for corpora, stores and the report (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(
      names = "--seed",
      defaultValue = "1",
      description = "Corpus seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--server-heap",
      defaultValue = "1g",
      description = "-Xmx of the measured server (default: ${DEFAULT-VALUE}).")
  String heap;

  @Option(
      names = "--query-runs",
      defaultValue = "20",
      description = "Timed runs per question (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(
      names = "--throughput-seconds",
      defaultValue = "20",
      description = "Duration of each throughput test (default: ${DEFAULT-VALUE}).")
  double throughputSeconds;

  @Option(names = "--no-virtuoso", description = "Skip the Virtuoso peer.")
  boolean noVirtuoso;

  @Option(
      names = "--extraction-only",
      description =
          "Measure extraction and mapping in memory only, on the largest corpus; no load, serve or"
              + " queries (seconds instead of minutes, for work on extraction speed).")
  boolean extractionOnly;

  @Override
  public Integer call() throws Exception {
    ProjectHome home = ProjectHome.locate();
    Path built = home.root().resolve("target/claimgraph.jar");
    if (!java.nio.file.Files.isRegularFile(built)) {
      throw new UserError("No " + built + "; build it with 'mvn package' first.");
    }
    // The child processes run a copy: a rebuild during a long run would swap classes under them.
    java.nio.file.Files.createDirectories(out);
    Path jar = out.toAbsolutePath().resolve("claimgraph.jar");
    java.nio.file.Files.copy(built, jar, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Gazetteer gazetteer = GazetteerReader.read(home.gazetteer());
    Iris iris = Iris.standard();
    String version = VersionProvider.version();
    var log = bench.parent.spec.commandLine().getErr();
    BenchRunner runner =
        new BenchRunner(
            new BenchRunner.Settings(
                jar,
                home.root(),
                out.toAbsolutePath(),
                new ArrayList<>(sizes),
                seed,
                heap,
                runs,
                throughputSeconds,
                !noVirtuoso,
                extractionOnly),
            new CorpusGenerator(gazetteer),
            () -> {
              ArticleExtractor extractor = new ArticleExtractor(gazetteer);
              ArticleGraphMapper mapper = new ArticleGraphMapper(iris, version);
              return (source, at) -> mapper.map(extractor.extract(source), at);
            },
            log);
    Path report = runner.run();
    var o = bench.parent.spec.commandLine().getOut();
    o.print(java.nio.file.Files.readString(report));
    o.println("(written to " + report + ")");
    o.flush();
    return ExitCodes.OK;
  }
}
