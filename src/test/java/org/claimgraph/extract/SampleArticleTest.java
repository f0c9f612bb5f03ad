package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.claimgraph.extract.model.AssessmentValue;
import org.claimgraph.extract.model.Claim;
import org.claimgraph.extract.model.Entity;
import org.claimgraph.extract.model.EventType;
import org.claimgraph.extract.model.ExtractedArticle;
import org.claimgraph.extract.model.SourceKind;
import org.claimgraph.extract.source.ArticleFileReader;
import org.claimgraph.graph.GazetteerReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What a careful reader lists from the sample article. */
class SampleArticleTest {

  private static ExtractedArticle article;

  @BeforeAll
  static void extract() throws Exception {
    ArticleExtractor extractor = new ArticleExtractor(GazetteerReader.readBundled());
    article =
        extractor.extract(
            new ArticleFileReader()
                .read(Path.of("data/articles/taliban-islam-qala-crossing-2021-07.txt")));
  }

  private static List<String> keys() {
    return article.entities().stream().map(Entity::key).toList();
  }

  private static Optional<Claim> claimBy(String claimant, String cue) {
    return article.claims().stream()
        .filter(c -> c.claimantKey().orElse("").equals(claimant) && c.cue().equals(cue))
        .findFirst();
  }

  @Test
  void actorsAndPlacesACarefulReaderLists() {
    List<String> keys = keys();
    for (String k :
        List.of(
            "actor/taliban",
            "actor/government-of-afghanistan",
            "actor/ministry-of-interior-afghanistan",
            "actor/tareq-arian",
            "actor/zabihullah-mujahid",
            "actor/russia",
            "actor/ministry-of-foreign-affairs-russia",
            "actor/maria-zakharova",
            "actor/joe-biden",
            "actor/ashraf-ghani",
            "actor/intelligence-community-of-united-states",
            "actor/armed-forces-of-united-states",
            "actor/armed-forces-of-afghanistan",
            "place/afghanistan",
            "place/iran",
            "place/tajikistan",
            "place/china",
            "place/united-states",
            "place/herat-province",
            "place/islam-qala",
            "place/border-afghanistan-iran",
            "place/border-afghanistan-tajikistan",
            "place/bagram")) {
      assertTrue(keys.contains(k), "missing " + k + " in " + keys);
    }
  }

  @Test
  void claimsWithTheirClaimants() {
    Claim taliban = claimBy("actor/taliban", "statement").orElseThrow();
    assertTrue(article.quote(taliban.content()).contains("about 85%"));
    assertFalse(article.quote(taliban.content()).contains("verified"), "the outlet's comment");
    assertTrue(claimBy("actor/tareq-arian", "said").isPresent());
    assertTrue(claimBy("actor/zabihullah-mujahid", "told").isPresent());
    assertTrue(claimBy("actor/russia", "statement").isPresent());
    assertTrue(claimBy("actor/maria-zakharova", "stated").isPresent());
    assertTrue(claimBy("actor/joe-biden", "said").isPresent());
    assertTrue(claimBy("actor/joe-biden", "admitted").isPresent());
    assertTrue(claimBy("actor/joe-biden", "defended").isPresent());
    assertTrue(claimBy("actor/intelligence-community-of-united-states", "fear").isPresent());
    assertTrue(claimBy("actor/ashraf-ghani", "insisted").isPresent());
    assertTrue(claimBy("actor/government-of-afghanistan", "acknowledged").isPresent());
    assertTrue(
        article.claims().stream()
            .anyMatch(
                c ->
                    c.claimantKind() == SourceKind.UNNAMED_SOURCES
                        && article.quote(c.content()).contains("one-third")));
    assertTrue(
        article.claims().stream().noneMatch(c -> article.quote(c.content()).contains("Heatwave")),
        "nothing from Read also");
  }

  @Test
  void assessmentsAttachToTheClaimsTheySpeakAbout() {
    int taliban = claimBy("actor/taliban", "statement").orElseThrow().index();
    assertTrue(
        article.assessments().stream()
            .anyMatch(
                a ->
                    a.claimIndex().orElse(-1) == taliban
                        && a.value() == AssessmentValue.CANNOT_BE_VERIFIED));
    assertTrue(
        article.assessments().stream()
            .anyMatch(
                a ->
                    a.claimIndex().orElse(-1) == taliban
                        && a.value() == AssessmentValue.DISPUTED
                        && a.authorKey().orElse("").equals("actor/government-of-afghanistan")));
    assertTrue(
        article.assessments().stream()
            .anyMatch(
                a ->
                    a.value() == AssessmentValue.CONFIRMED
                        && article
                            .quote(article.claims().get(a.claimIndex().getAsInt()).content())
                            .contains("one-third")));
  }

  @Test
  void eventsAndWhetherAClaimReportsThem() {
    assertTrue(
        article.events().stream()
            .anyMatch(
                e ->
                    e.type() == EventType.WITHDRAWAL
                        && e.agentKey().orElse("").equals("actor/armed-forces-of-united-states")
                        && e.placeKeys().contains("place/bagram")));
    assertTrue(
        article.events().stream()
            .anyMatch(
                e ->
                    e.type() == EventType.RETREAT
                        && e.placeKeys().contains("place/tajikistan")
                        && e.reportedByClaim().isEmpty()));
    assertTrue(
        article.events().stream()
            .anyMatch(
                e ->
                    e.type() == EventType.CAPTURE
                        && e.placeKeys().contains("place/herat-province")
                        && e.reportedByClaim().isPresent()));
    assertTrue(
        article.events().stream()
            .anyMatch(
                e ->
                    e.type() == EventType.ACKNOWLEDGEMENT
                        && e.placeKeys().contains("place/islam-qala")));
  }

  @Test
  void everySpanLiesInTheTextAndQuotesWords() {
    String text = article.text();
    List<Span> spans = new java.util.ArrayList<>();
    article.mentions().forEach(m -> spans.add(m.span()));
    article
        .claims()
        .forEach(c -> spans.addAll(List.of(c.claimantSpan(), c.cueSpan(), c.content())));
    article.assessments().forEach(a -> spans.add(a.evidence()));
    article.events().forEach(e -> spans.addAll(List.of(e.trigger(), e.evidence())));
    article.affiliations().forEach(a -> a.evidence().ifPresent(spans::add));
    article.sentences().forEach(s -> spans.add(s.span()));
    for (Span s : spans) {
      assertTrue(s.end() <= text.length(), "span out of text: " + s);
      String q = s.quote(text);
      assertFalse(q.isBlank(), "empty span " + s);
      assertTrue(
          Character.isLetterOrDigit(q.charAt(0)) || "\"“'‘(".indexOf(q.charAt(0)) >= 0,
          "span starts mid-token: '" + q + "'");
    }
  }
}
