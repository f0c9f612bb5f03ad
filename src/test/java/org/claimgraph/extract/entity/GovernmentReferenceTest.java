package org.claimgraph.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.claimgraph.extract.ArticleExtractor;
import org.claimgraph.extract.model.ExtractedArticle;
import org.claimgraph.extract.model.Mention;
import org.claimgraph.extract.source.ArticleMetadata;
import org.claimgraph.extract.source.ArticleSource;
import org.claimgraph.graph.GazetteerReader;
import org.junit.jupiter.api.Test;

/** A bare "the government" means the government of the country the passage is about. */
class GovernmentReferenceTest {

  private static final ArticleExtractor EXTRACTOR =
      new ArticleExtractor(GazetteerReader.readBundled());

  private static ExtractedArticle run(String body) {
    return EXTRACTOR.extract(
        new ArticleSource(
            "t", Path.of("t.txt"), "Headline\n\n" + body, "0", ArticleMetadata.empty()));
  }

  private static List<String> keysOf(ExtractedArticle a, String words) {
    return a.mentions().stream()
        .filter(m -> a.quote(m.span()).equals(words))
        .map(Mention::entityKey)
        .toList();
  }

  @Test
  void theSalientCountryWinsOverTheLastGovernmentNamed() {
    ExtractedArticle a =
        run(
            "Iran's government said on Monday it had closed the border. In Afghanistan, fighting"
                + " spread to three more provinces in Afghanistan's west, and the government"
                + " promised to retake them.");
    assertEquals(List.of("actor/government-of-afghanistan"), keysOf(a, "the government"));
  }

  @Test
  void aSentenceAboutOneCountryNamesItsGovernment() {
    ExtractedArticle a =
        run(
            "Russia's foreign ministry warned of instability. Pakistan closed two crossings, and"
                + " the government in Pakistan said trade would suffer. Officials in Pakistan"
                + " said the administration would review the decision.");
    assertTrue(
        keysOf(a, "the administration").equals(List.of("actor/government-of-pakistan")),
        () -> keysOf(a, "the administration").toString());
  }

  @Test
  void withNoCountryInSightNothingIsGuessed() {
    ExtractedArticle a = run("The government said the talks would resume next week.");
    assertTrue(keysOf(a, "The government").isEmpty(), a.mentions().toString());
  }

  @Test
  void aBorderNamedInTheSentenceSpeaksForBothItsCountries() {
    ExtractedArticle a =
        run(
            "On Monday, Russia said the insurgents now held the Afghanistan-Pakistan border and"
                + " the Afghan-Iranian border, two lifelines for the government.");
    assertEquals(List.of("actor/government-of-afghanistan"), keysOf(a, "the government"));
  }
}
