package org.claimgraph.extract;

import static org.claimgraph.extract.PhrasingFixture.claimWith;
import static org.claimgraph.extract.PhrasingFixture.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.claimgraph.extract.model.Claim;
import org.claimgraph.extract.model.ExtractedArticle;
import org.claimgraph.extract.model.SourceKind;
import org.junit.jupiter.api.Test;

/**
 * A claimant told by a description that no entity resolves keeps its claim, with the description as
 * the claimant, on texts written for the test.
 */
class DescribedClaimantsTest {

  private static void assertDescribed(ExtractedArticle a, String words, String claimant) {
    Claim c = claimWith(a, words);
    assertEquals(SourceKind.UNNAMED_SOURCES, c.claimantKind(), () -> "claim: " + c);
    assertEquals(claimant, a.quote(c.claimantSpan()));
  }

  @Test
  void theArmyWithNoCountryIsKeptAsTheArmy() {
    ExtractedArticle a = run("The army said it had retaken the town of Faya on Monday.");
    assertDescribed(a, "retaken the town of Faya", "The army");
  }

  @Test
  void aMunicipalityOfATownIsKeptWithItsName() {
    ExtractedArticle a =
        run("The municipality of Wenmouth warned that its water supply would run out.");
    assertDescribed(a, "water supply would run out", "The municipality of Wenmouth");
  }

  @Test
  void staffAndAuthoritiesWithoutADeterminerAreKept() {
    ExtractedArticle a =
        run(
            "Hospital staff told reporters that most of the wounded were children. Local"
                + " authorities estimate that 3,400 families have fled.");
    assertDescribed(a, "most of the wounded", "Hospital staff");
    assertDescribed(a, "3,400 families", "Local authorities");
  }

  @Test
  void aNamedArmyStaysNamed() {
    ExtractedArticle a =
        run("Mali's army said on Tuesday it had seized Kidal. The army said it held the airport.");
    Claim c = claimWith(a, "held the airport");
    assertEquals(SourceKind.NAMED, c.claimantKind(), () -> "claim: " + c);
    assertTrue(c.claimantKey().isPresent());
  }

  @Test
  void aCapitalisedBodyWithNoCountryIsKeptAndItsGerundDenialToo() {
    // "Guard" heads a body, so the name is an entity of its own, not only a description.
    ExtractedArticle a = run("The National Guard denied losing the town of Faya.");
    assertEquals(
        "actor/national-guard", claimWith(a, "losing the town").claimantKey().orElseThrow());
    ExtractedArticle b = run("The Municipal Police denied losing the town of Faya.");
    assertDescribed(b, "losing the town", "The Municipal Police");
    assertEquals(
        org.claimgraph.extract.model.Stance.DENIES,
        claimWith(b, "losing the town").stance().coarse());
  }

  @Test
  void sidesBroadcastersAndRankAndFileWithNoCountryAreKept() {
    ExtractedArticle a =
        run(
            "Government forces say they have pushed the rebels out of the port of Tamsk. State"
                + " television said on Sunday that the bridge was open. Soldiers at a checkpoint"
                + " told me the army now holds the port.");
    assertDescribed(a, "pushed the rebels out", "Government forces");
    assertDescribed(a, "the bridge was open", "State television");
    assertDescribed(a, "now holds the port", "Soldiers");
  }

  @Test
  void perAfterACommaAttributesWhatCameBefore() {
    ExtractedArticle a =
        run(
            "Rebels captured the village of Ostra on Tuesday, per local media. Fuel prices rose"
                + " by 40 per cent, officials said.");
    Claim c = claimWith(a, "captured the village of Ostra");
    assertEquals("per", c.cue());
    assertEquals("local media", a.quote(c.claimantSpan()));
    assertTrue(
        a.claims().stream().noneMatch(x -> x.cue().equals("per") && x != c), "not 'per cent'");
  }

  @Test
  void aRoleNoOneHoldsYetIsKeptAsTheRole() {
    ExtractedArticle a =
        run("The minister admitted that troops had left the town, but insisted they would return.");
    assertDescribed(a, "troops had left the town", "The minister");
  }

  @Test
  void theRoleOfAPersonNamedBeforeIsThatPerson() {
    ExtractedArticle a =
        run(
            "The defence minister, Ana Kos, said the army held the bridge. The minister added that"
                + " the town was calm. Omar Vell, a spokesman for the rebels, said 20 fighters"
                + " died. The spokesman said the rest had fled.");
    assertEquals("actor/ana-kos", claimWith(a, "town was calm").claimantKey().orElseThrow());
    assertEquals("actor/omar-vell", claimWith(a, "rest had fled").claimantKey().orElseThrow());
  }
}
