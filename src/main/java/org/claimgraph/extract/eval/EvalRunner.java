package org.claimgraph.extract.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimgraph.extract.ArticleExtractor;
import org.claimgraph.extract.source.ArticleFileReader;
import org.claimgraph.extract.source.ArticleMetadata;
import org.claimgraph.extract.source.ArticleSource;
import org.claimgraph.extract.source.InputProblem;

/**
 * Runs an extractor over a gold folder ({@code NAME.gold.json} beside {@code texts/NAME.txt}) and
 * scores what it finds, per document and summed over all.
 */
public final class EvalRunner {

  private final ArticleExtractor extractor;
  private final GoldReader goldReader = new GoldReader();
  private final ArticleFileReader articleReader = new ArticleFileReader();
  private final PredictionAdapter adapter = new PredictionAdapter();
  private final Scorer scorer = new Scorer();

  public EvalRunner(ArticleExtractor extractor) {
    this.extractor = extractor;
  }

  /**
   * Scores every gold document in {@code goldDir}.
   *
   * @throws GoldFormatException when a gold file is malformed
   * @throws InputProblem when a text cannot be read as an article
   */
  public EvalRun run(Path goldDir) throws InputProblem {
    List<GoldDocument> golds = goldReader.readAll(goldDir);
    Map<String, EvalReport> reports = new LinkedHashMap<>();
    EvalReport overall = scorer.score(List.of(), d -> Predictions.none());
    boolean first = true;
    for (GoldDocument gold : golds) {
      ArticleSource source = source(goldDir, gold);
      EvalReport report = scorer.score(gold, adapter.adapt(extractor.extract(source)));
      reports.put(gold.name(), report);
      overall = first ? report : overall.plus(report);
      first = false;
    }
    return new EvalRun(reports, overall);
  }

  /**
   * The article as the loader would read it (sidecar metadata included); the gold's own text is
   * used whenever the two differ, because the gold's offsets index into it.
   */
  ArticleSource source(Path goldDir, GoldDocument gold) throws InputProblem {
    Path file = goldDir.resolve("texts").resolve(gold.name() + ".txt");
    if (Files.exists(file)) {
      ArticleSource read = articleReader.read(file);
      if (read.text().equals(gold.text())) {
        return read;
      }
      return new ArticleSource(
          read.slug(), file, gold.text(), read.contentSha256(), read.metadata());
    }
    return new ArticleSource(gold.name(), file, gold.text(), "", ArticleMetadata.empty());
  }
}
