package org.claimgraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.claimgraph.export.DatasetExporter;
import org.claimgraph.export.DumpFormat;
import org.claimgraph.export.ExportProblem;
import org.claimgraph.extract.ArticleExtractor;
import org.claimgraph.extract.model.ExtractedArticle;
import org.claimgraph.extract.report.ExtractionReport;
import org.claimgraph.extract.source.ArticleFileReader;
import org.claimgraph.extract.source.InputProblem;
import org.claimgraph.graph.ArticleGraphMapper;
import org.claimgraph.store.ArticleLoader;
import org.claimgraph.vocab.Iris;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code claimgraph extract}: what the loader would find in articles, without a store — a readable
 * report to check a new source before loading it, or the article graphs as RDF.
 */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Extracts articles (.txt or .html, with an optional NAME.meta.json sidecar) and prints what"
          + " was found, without touching any store: a readable report (entities, roles, claims with"
          + " their claimant, stance and assessments, events; every finding with its words and"
          + " character offsets), or with --format the graphs 'load' would write, as RDF.",
    })
final class ExtractCommand implements Callable<Integer> {

  static final String REPORT = "report";

  @ParentCommand ClaimgraphCommand parent;

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Article files or folders.")
  List<Path> paths;

  @Option(
      names = "--format",
      defaultValue = REPORT,
      description =
          "report, or an RDF format: ttl, nt, nq, trig, jsonld, rdfxml (default: ${DEFAULT-VALUE})."
              + " Quad formats keep one named graph per article.")
  String format;

  @Option(
      names = "--base",
      paramLabel = "IRI",
      defaultValue = Iris.DEFAULT_BASE,
      description = "Base IRI of the RDF's resources (default: ${DEFAULT-VALUE}).")
  String base;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of stdout.")
  Path out;

  @Override
  public Integer call() throws InputProblem, IOException {
    Optional<DumpFormat> rdf = rdfFormat();
    Iris iris = iris();
    List<Path> files = ArticleLoader.articleFiles(paths);
    Workspace workspace = new Workspace(ProjectHome.locate());
    ArticleExtractor extractor = new ArticleExtractor(workspace.gazetteer());
    ArticleFileReader reader = new ArticleFileReader();
    try (OutputStream sink = open()) {
      if (rdf.isEmpty()) {
        PrintWriter text = new PrintWriter(sink, false, java.nio.charset.StandardCharsets.UTF_8);
        for (Path file : files) {
          text.print(ExtractionReport.of(extractor.extract(reader.read(file))));
          text.println();
        }
        text.flush();
      } else {
        DatasetGraph graphs = DatasetGraphFactory.createTxnMem();
        ArticleGraphMapper mapper = new ArticleGraphMapper(iris, VersionProvider.version());
        Instant now = Instant.now();
        for (Path file : files) {
          ExtractedArticle article = extractor.extract(reader.read(file));
          Txn.executeWrite(
              graphs,
              () ->
                  graphs.addGraph(
                      iris.articleGraph(article.source().slug()), mapper.map(article, now)));
        }
        new DatasetExporter(graphs, iris).write(rdf.get(), Optional.empty(), sink);
      }
    }
    return ExitCodes.OK;
  }

  private Optional<DumpFormat> rdfFormat() {
    if (REPORT.equalsIgnoreCase(format)) {
      return Optional.empty();
    }
    try {
      return Optional.of(DumpFormat.byOption(format));
    } catch (ExportProblem e) {
      throw new UserError(
          "Unknown format '" + format + "'; use report or one of " + DumpFormat.optionList() + ".");
    }
  }

  private Iris iris() {
    try {
      return Iris.under(base);
    } catch (IllegalArgumentException e) {
      throw new UserError("--base: " + e.getMessage() + ".");
    }
  }

  private OutputStream open() {
    if (out == null) {
      return new BufferedOutputStream(System.out) {
        @Override
        public void close() throws IOException {
          flush(); // stdout stays open for the caller
        }
      };
    }
    return ExportCommand.open(out);
  }
}
