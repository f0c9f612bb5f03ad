package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.claimgraph.extract.model.Claim;
import org.claimgraph.extract.model.ExtractedArticle;
import org.claimgraph.extract.model.Stance;
import org.claimgraph.extract.source.ArticleMetadata;
import org.claimgraph.extract.source.ArticleSource;
import org.claimgraph.graph.GazetteerReader;
import org.junit.jupiter.api.Test;

/** Claims in the phrasings of wire copy, briefings and quotes, on texts written for the test. */
class ClaimPhrasingsTest {

  private static final ArticleExtractor EXTRACTOR =
      new ArticleExtractor(GazetteerReader.readBundled());

  private static ExtractedArticle run(String body) {
    String text = "Test Headline\n\n" + body;
    return EXTRACTOR.extract(
        new ArticleSource("t", Path.of("t.txt"), text, "0", ArticleMetadata.empty()));
  }

  private static Claim only(ExtractedArticle a) {
    assertEquals(1, a.claims().size(), () -> "claims: " + a.claims());
    return a.claims().get(0);
  }

  @Test
  void postposedQuoteWithNamedSpeaker() {
    ExtractedArticle a =
        run("\"We will not give up a single village,\" said Gen. Amadou Traore, the army chief.");
    Claim c = only(a);
    assertEquals("actor/amadou-traore", c.claimantKey().orElseThrow());
    assertEquals("We will not give up a single village", a.quote(c.content()));
  }

  @Test
  void accordingToAnOrganisation() {
    ExtractedArticle a =
        run("According to the United Nations, more than 2,000 people fled across the border.");
    Claim c = only(a);
    assertEquals("actor/united-nations", c.claimantKey().orElseThrow());
    assertTrue(a.quote(c.content()).startsWith("more than 2,000 people"));
  }

  @Test
  void metonymyDenialAndPronoun() {
    ExtractedArticle a =
        run(
            "The Kremlin denied that Russian troops had crossed into Georgia. Iran's foreign"
                + " minister Abbas Araghchi told reporters that talks would resume. He added that"
                + " no date had been set.");
    assertEquals(3, a.claims().size(), () -> "claims: " + a.claims());
    assertEquals("actor/government-of-russia", a.claims().get(0).claimantKey().orElseThrow());
    assertEquals(Stance.DENIES, a.claims().get(0).stance());
    assertEquals("actor/abbas-araghchi", a.claims().get(1).claimantKey().orElseThrow());
    assertEquals("actor/abbas-araghchi", a.claims().get(2).claimantKey().orElseThrow());
    assertTrue(
        a.affiliations().stream()
            .anyMatch(
                f ->
                    f.subjectKey().equals("actor/abbas-araghchi")
                        && f.objectKey().equals("actor/ministry-of-foreign-affairs-iran")));
  }

  @Test
  void unverifiedClaimInTheNextSentence() {
    ExtractedArticle a =
        run(
            "Rebels claimed they had captured the town of Bunagana. The claim could not be"
                + " independently verified.");
    assertEquals(1, a.assessments().size());
    assertEquals(0, a.assessments().get(0).claimIndex().getAsInt());
  }

  @Test
  void quotationBeforeASpeakerWithTitleAndChannel() {
    ExtractedArticle a =
        run(
            "\"The airport remains in our hands,\" army spokesman Colonel Ahmed Hassan said in a"
                + " statement posted on Facebook.");
    Claim c = only(a);
    assertEquals("actor/ahmed-hassan", c.claimantKey().orElseThrow());
    assertEquals("The airport remains in our hands", a.quote(c.content()));
  }

  @Test
  void postposedAttributionWithTrailingPhrase() {
    ExtractedArticle a =
        run(
            "BEIRUT, March 3 (Wire) - Hezbollah fighters shelled two villages near the border"
                + " overnight, the Israeli military said, in a rare daytime statement.");
    Claim c = only(a);
    assertEquals(
        "Hezbollah fighters shelled two villages near the border overnight", a.quote(c.content()));
  }

  @Test
  void dayAfterTheVerbAndACoordinatedSecondVerb() {
    ExtractedArticle a =
        run(
            "The Ukrainian government said on Tuesday its forces had retaken the village. A"
                + " spokesman for the Russian defence ministry, Igor Konashenkov, denied that the"
                + " village had been lost and said fighting continued.");
    assertEquals(3, a.claims().size(), () -> "claims: " + a.claims());
    assertEquals("its forces had retaken the village", a.quote(a.claims().get(0).content()));
    assertEquals("the village had been lost", a.quote(a.claims().get(1).content()));
    assertEquals(Stance.DENIES, a.claims().get(1).stance());
    assertEquals(
        a.claims().get(1).claimantKey(), a.claims().get(2).claimantKey(), "and said: same speaker");
    assertEquals("fighting continued", a.quote(a.claims().get(2).content()));
  }

  @Test
  void aParticipleAfterANounIsNoReportingVerb() {
    ExtractedArticle a = run("A video posted online showed smoke rising over the port.");
    assertTrue(a.claims().isEmpty(), () -> "claims: " + a.claims());
  }

  @Test
  void aSpeakerSayingItsOwnSideIsUrgingUrges() {
    Claim c =
        only(
            run(
                "Russia's foreign ministry said on Friday that Moscow is currently urging all sides"
                    + " in Afghanistan to show restraint."));
    assertEquals(Stance.URGES, c.stance());
  }

  @Test
  void aSpeakerSayingAnotherSideIsUrgingAsserts() {
    Claim c =
        only(
            run(
                "Russia's foreign ministry said on Friday that the Taliban were urging residents of"
                    + " Kunduz to stay in their homes."));
    assertEquals(Stance.ASSERTS, c.stance());
  }

  @Test
  void weAreCallingOnIsUrgingInReportedWords() {
    Claim c =
        only(
            run(
                "The Taliban said in a statement that we are calling on the government to"
                    + " surrender."));
    assertEquals(Stance.URGES, c.stance());
  }
}
