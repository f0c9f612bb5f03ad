package org.claimgraph.extract.entity;

import java.nio.file.Path;
import java.util.Optional;
import org.claimgraph.extract.ArticleExtractor;
import org.claimgraph.extract.model.Entity;
import org.claimgraph.extract.model.ExtractedArticle;
import org.claimgraph.extract.source.ArticleMetadata;
import org.claimgraph.extract.source.ArticleSource;
import org.claimgraph.graph.GazetteerReader;

/** What the entity phrasing tests share: one extractor, a body under a headline, lookups. */
final class EntityFixture {

  static final ArticleExtractor EXTRACTOR = new ArticleExtractor(GazetteerReader.readBundled());

  private EntityFixture() {}

  static ExtractedArticle run(String body) {
    return runText("Test Headline\n\n" + body);
  }

  static ExtractedArticle runText(String text) {
    return EXTRACTOR.extract(
        new ArticleSource("t", Path.of("t.txt"), text, "0", ArticleMetadata.empty()));
  }

  /** The entity one of whose mentions reads exactly {@code surface}. */
  static Optional<Entity> mentioned(ExtractedArticle a, String surface) {
    return a.mentions().stream()
        .filter(m -> a.quote(m.span()).equals(surface))
        .map(m -> m.entityKey())
        .flatMap(k -> a.entities().stream().filter(e -> e.key().equals(k)))
        .findFirst();
  }

  /** The entity labelled {@code label}. */
  static Optional<Entity> labelled(ExtractedArticle a, String label) {
    return a.entities().stream().filter(e -> e.label().equals(label)).findFirst();
  }
}
