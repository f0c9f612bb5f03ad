package org.claimgraph.extract;

import static org.claimgraph.extract.PhrasingFixture.claimWith;
import static org.claimgraph.extract.PhrasingFixture.run;
import static org.claimgraph.extract.PhrasingFixture.valued;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimgraph.extract.model.Assessment;
import org.claimgraph.extract.model.AssessmentValue;
import org.claimgraph.extract.model.Claim;
import org.claimgraph.extract.model.ExtractedArticle;
import org.claimgraph.extract.model.Stance;
import org.junit.jupiter.api.Test;

/**
 * Short denials and dismissals that answer someone else's claim ("We categorically deny it.", "Mr
 * Okafor says many things.", "The figure is exaggerated."), and checks of "either side's account",
 * on texts written for the test.
 */
class DenialsInTurnsTest {

  private static final String OPENING =
      "This is a transcript of the briefing given by the defence ministry spokeswoman, Maria"
          + " Ostrander, in Lisbon on Monday.\n\n"
          + "Spokeswoman: Good afternoon. Our police units reopened the coast road overnight.\n\n";

  private static Assessment onlyDispute(ExtractedArticle a) {
    List<Assessment> disputed = valued(a, AssessmentValue.DISPUTED);
    assertEquals(1, disputed.size(), () -> "assessments: " + a.assessments());
    return disputed.get(0);
  }

  @Test
  void aShortDenialInAnAnswerDisputesTheClaimTheQuestionQuoted() {
    for (String denial :
        List.of("We categorically deny it.", "We deny that.", "We reject it completely.")) {
      ExtractedArticle a =
          run(
              OPENING
                  + "Question (Radio Sul): Rebel commander Tiago Mendes says his men captured the"
                  + " port of Sines on Sunday. Do you deny that?\n\n"
                  + "Spokeswoman: "
                  + denial
                  + " The port is working normally.");
      Assessment d = onlyDispute(a);
      assertEquals(claimWith(a, "captured the port of Sines").index(), d.claimIndex().getAsInt());
      assertEquals("actor/maria-ostrander", d.authorKey().orElseThrow(), denial);
    }
  }

  @Test
  void aQuestionThatAsksAboutADenialDisputesNothing() {
    ExtractedArticle a =
        run(
            OPENING
                + "Question (Radio Sul): Rebel commander Tiago Mendes says his men captured the"
                + " port of Sines on Sunday. Do you deny that?\n\n"
                + "Spokeswoman: I will not comment on operations.");
    assertTrue(valued(a, AssessmentValue.DISPUTED).isEmpty(), () -> "" + a.assessments());
  }

  @Test
  void saysManyThingsDismissesTheNamedSpeakersClaimAndIsNoClaim() {
    ExtractedArticle a =
        run(
            OPENING
                + "Question (Radio Sul): Rebel commander Tiago Mendes said on Friday that his men"
                + " had crossed the Sado river. Is that accurate?\n\n"
                + "Spokeswoman: Mr Mendes says many things. The army holds the whole valley.");
    Assessment d = onlyDispute(a);
    assertEquals(claimWith(a, "crossed the Sado river").index(), d.claimIndex().getAsInt());
    assertEquals("actor/maria-ostrander", d.authorKey().orElseThrow());
    assertTrue(
        a.claims().stream().noneMatch(c -> a.quote(c.content()).contains("many things")),
        () -> "claims: " + a.claims());
  }

  @Test
  void manyThingsWithContentOfTheirOwnIsAClaim() {
    ExtractedArticle a =
        run("Rebel commander Tiago Mendes said many things had changed since the ceasefire.");
    assertEquals(
        "actor/tiago-mendes", claimWith(a, "many things had changed").claimantKey().orElseThrow());
    assertTrue(valued(a, AssessmentValue.DISPUTED).isEmpty(), () -> "" + a.assessments());
  }

  @Test
  void theFigureIsExaggeratedInATurnIsTheSpeakersDenialAndADispute() {
    ExtractedArticle a =
        run(
            OPENING
                + "Question (Radio Sul): The Red Cross estimates that 4,000 people have left the"
                + " valley. Is that right?\n\n"
                + "Spokeswoman: The figure is exaggerated. Most families stayed at home.");
    Claim denial = claimWith(a, "The figure is exaggerated");
    assertEquals("actor/maria-ostrander", denial.claimantKey().orElseThrow());
    assertEquals(Stance.DENIES, denial.stance());
    Assessment d = onlyDispute(a);
    assertEquals(claimWith(a, "4,000 people have left").index(), d.claimIndex().getAsInt());
  }

  @Test
  void eitherSidesAccountIsTheTwoPartiesNotTheWitnessQuotedBetween() {
    ExtractedArticle a =
        run(
            "The Taliban said their fighters had taken control of Herat. The Afghan army insisted"
                + " that its men were holding every street. Residents said they had seen fighters"
                + " on the main road. Reporters could not confirm either side's account.");
    List<Integer> targets =
        valued(a, AssessmentValue.CANNOT_BE_VERIFIED).stream()
            .map(s -> s.claimIndex().getAsInt())
            .sorted()
            .toList();
    assertEquals(
        List.of(
            claimWith(a, "taken control of Herat").index(),
            claimWith(a, "holding every street").index()),
        targets,
        () -> "assessments: " + a.assessments());
  }
}
