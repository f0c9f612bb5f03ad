package org.claimgraph.extract;

import static org.claimgraph.extract.PhrasingFixture.claimWith;
import static org.claimgraph.extract.PhrasingFixture.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.claimgraph.extract.model.Claim;
import org.claimgraph.extract.model.ExtractedArticle;
import org.claimgraph.extract.model.Stance;
import org.junit.jupiter.api.Test;

/**
 * Attribution around asides and second verbs: "admitted X but insisted that Y", "The group, she
 * said, was …", "posted a video", a dateline naming the country. On texts written for the test.
 */
class AttributionAsidesTest {

  @Test
  void aSecondVerbKeepsItsThatClause() {
    ExtractedArticle a =
        run(
            "Army chief Tomas Brandt admitted the loss of the fort but insisted that the army"
                + " \"is regrouping, not retreating\".");
    Claim loss = claimWith(a, "the loss of the fort");
    assertEquals(Stance.ACKNOWLEDGES, loss.stance());
    assertTrue(!a.quote(loss.content()).contains("regrouping"), () -> a.quote(loss.content()));
    Claim regrouping = claimWith(a, "regrouping");
    assertEquals("insisted", regrouping.cue());
    assertEquals("actor/tomas-brandt", regrouping.claimantKey().orElseThrow());
  }

  @Test
  void theSayingTimeStillLeadsToTheThatClause() {
    ExtractedArticle a =
        run("Army chief Tomas Brandt told reporters in the capital on Monday that the fort held.");
    assertEquals("the fort held", a.quote(claimWith(a, "the fort held").content()));
  }

  @Test
  void aPronounBetweenCommasSpeaksNotTheSubjectItInterrupts() {
    ExtractedArticle a =
        run(
            "President Ana Mucavele said the country would fight on. The Northern Ansar Front,"
                + " she said, was \"a criminal gang\".");
    assertEquals("actor/ana-mucavele", claimWith(a, "a criminal gang").claimantKey().orElseThrow());
  }

  @Test
  void aWordInQuotationMarksInsideTheClauseIsNotTheStatement() {
    ExtractedArticle a =
        run(
            "The Afghan defence ministry said units of its \"Western\" group had \"liberated\""
                + " the village of Kala.");
    assertTrue(
        a.quote(claimWith(a, "Western").content()).startsWith("units of its"),
        () -> "claims: " + a.claims());
    // A short quotation that ends the sentence is still the speaker's words.
    ExtractedArticle b = run("Army chief Tomas Brandt said: \"Never again.\"");
    assertTrue(
        b.quote(claimWith(b, "Never").content()).startsWith("Never again"),
        () -> "claims: " + b.claims());
  }

  @Test
  void aContrastWithAnotherSubjectEndsTheWords() {
    ExtractedArticle a =
        run(
            "The Taliban stated that 230 soldiers were killed, while the army put its losses at 41"
                + " dead.");
    assertEquals(
        "230 soldiers were killed", a.quote(claimWith(a, "230 soldiers were killed").content()));
    // "while" inside the words, with no subject of its own, stays.
    ExtractedArticle b =
        run("The Taliban said soldiers fled, while fighting continued in the town.");
    assertTrue(
        b.quote(claimWith(b, "soldiers fled").content()).contains("while fighting"),
        () -> "claims: " + b.claims());
  }

  @Test
  void itContinuesTheBodyThatSpokeLast() {
    ExtractedArticle a =
        run(
            "The Afghan defence ministry said its troops had retaken the village of Kala. It"
                + " published a video that it said showed soldiers raising a flag over the school.");
    Claim before = claimWith(a, "retaken the village");
    assertEquals(
        before.claimantKey().orElseThrow(),
        claimWith(a, "showed soldiers raising a flag").claimantKey().orElseThrow());
    // After a person, "it" is not that person.
    ExtractedArticle b =
        run(
            "Army chief Tomas Brandt said the fort held. The army published a statement. It"
                + " said the road was open.");
    assertTrue(
        b.claims().stream()
            .noneMatch(
                c ->
                    b.quote(c.content()).contains("road was open")
                        && c.claimantKey().equals(Optional.of("actor/tomas-brandt"))),
        () -> "claims: " + b.claims());
  }

  @Test
  void postingFootageReportsNoWords() {
    ExtractedArticle a =
        run(
            "Pro-government bloggers posted video footage that appeared to show soldiers in the"
                + " main street.");
    assertTrue(a.claims().isEmpty(), () -> "claims: " + a.claims());
  }

  @Test
  void aDatelineNamingTheCountryIsNotTheReportedWords() {
    ExtractedArticle a =
        run(
            "KALDER, Velsia (AP) - Hundreds of soldiers fled across the border on Tuesday,"
                + " officials said.");
    assertEquals(
        "Hundreds of soldiers fled across the border on Tuesday",
        a.quote(claimWith(a, "Hundreds of soldiers").content()));
  }
}
