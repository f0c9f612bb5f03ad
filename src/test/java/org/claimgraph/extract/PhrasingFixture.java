package org.claimgraph.extract;

import java.nio.file.Path;
import java.util.List;
import org.claimgraph.extract.model.Assessment;
import org.claimgraph.extract.model.AssessmentValue;
import org.claimgraph.extract.model.Claim;
import org.claimgraph.extract.model.ExtractedArticle;
import org.claimgraph.extract.source.ArticleMetadata;
import org.claimgraph.extract.source.ArticleSource;
import org.claimgraph.graph.GazetteerReader;

/**
 * What the phrasing tests share: one extractor on the bundled gazetteer (read once per run, not
 * once per test class), a body under a fixed headline, and lookups of claims and assessments.
 */
final class PhrasingFixture {

  private static final ArticleExtractor EXTRACTOR =
      new ArticleExtractor(GazetteerReader.readBundled());

  private PhrasingFixture() {}

  /** The body extracted as an article under the headline "Test Headline". */
  static ExtractedArticle run(String body) {
    return EXTRACTOR.extract(
        new ArticleSource(
            "t", Path.of("t.txt"), "Test Headline\n\n" + body, "0", ArticleMetadata.empty()));
  }

  /** A whole text, its first line the headline, extracted as an article. */
  static ExtractedArticle runText(String text) {
    return EXTRACTOR.extract(
        new ArticleSource("t", Path.of("t.txt"), text, "0", ArticleMetadata.empty()));
  }

  /** The first claim whose content contains {@code words}; fails the test when there is none. */
  static Claim claimWith(ExtractedArticle a, String words) {
    return a.claims().stream()
        .filter(c -> a.quote(c.content()).contains(words))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no claim with '" + words + "': " + a.claims()));
  }

  static List<Assessment> valued(ExtractedArticle a, AssessmentValue v) {
    return a.assessments().stream().filter(s -> s.value() == v).toList();
  }
}
