package org.claimgraph.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.claimgraph.extract.ArticleExtractor;
import org.claimgraph.extract.model.EntityType;
import org.claimgraph.extract.model.ExtractedArticle;
import org.claimgraph.extract.source.ArticleMetadata;
import org.claimgraph.extract.source.ArticleSource;
import org.claimgraph.graph.GazetteerReader;
import org.junit.jupiter.api.Test;

/** A person is keyed by the name, never by the title or nationality written before it. */
class PersonKeysTest {

  private static final ArticleExtractor EXTRACTOR =
      new ArticleExtractor(GazetteerReader.readBundled());

  private static ExtractedArticle run(String body) {
    return EXTRACTOR.extract(
        new ArticleSource(
            "t", Path.of("t.txt"), "Headline\n\n" + body, "0", ArticleMetadata.empty()));
  }

  @Test
  void aTitleAfterANationalityIsNotPartOfTheName() {
    ExtractedArticle a =
        run(
            "Ostravian President Lena Marsh said on Monday the talks would resume. Velmar Defence"
                + " Minister Pavel Orsic told reporters the army was ready.");
    assertEquals("actor/lena-marsh", a.claims().get(0).claimantKey().orElseThrow());
    assertEquals("actor/pavel-orsic", a.claims().get(1).claimantKey().orElseThrow());
    assertTrue(
        a.entities().stream()
            .noneMatch(e -> e.type() == EntityType.PERSON && e.key().contains("minister")));
  }

  @Test
  void aTitleAtTheStartStillWorks() {
    ExtractedArticle a = run("Defence Minister Pavel Orsic said the border was closed.");
    assertEquals("actor/pavel-orsic", a.claims().get(0).claimantKey().orElseThrow());
  }
}
