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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Transcript turns labelled by role, negative-polarity and passive checks, an outlet's own checks,
 * footage, and negated reporting verbs, on texts written for the test.
 */
class TranscriptAndCheckPhrasingsTest {

  private static final String BRIEFING =
      "This is a transcript of the briefing given by the interior ministry spokeswoman, Maria"
          + " Ostrander, in Lisbon on Monday.\n\n"
          + "Spokeswoman: Good afternoon. Our police units reopened the coast road overnight.\n\n"
          + "Question (Radio Sul): The Harbour Workers Union says its members blocked the port of"
          + " Sines on Sunday. Can you confirm that?\n\n"
          + "Spokeswoman: I can't confirm that. The port is working normally.\n\n"
          + "Q: Is there a curfew?\n\n"
          + "A: There is no curfew in any town.";

  @Test
  void aRoleLabelledTurnIsTheIntroducedSpeakersStatement() {
    ExtractedArticle a = run(BRIEFING);
    Claim road = claimWith(a, "reopened the coast road");
    assertEquals("actor/maria-ostrander", road.claimantKey().orElseThrow());
    assertEquals(Stance.ASSERTS, road.stance());
    Claim curfew = claimWith(a, "no curfew in any town");
    assertEquals("actor/maria-ostrander", curfew.claimantKey().orElseThrow());
    assertEquals(Stance.DENIES, curfew.stance());
    // The question's own words and the courtesies are nobody's claim.
    assertTrue(a.claims().stream().noneMatch(c -> a.quote(c.content()).contains("curfew?")));
    assertTrue(a.claims().stream().noneMatch(c -> a.quote(c.content()).contains("Good")));
  }

  @Test
  void anAnswerThatCannotConfirmAssessesTheClaimTheQuestionQuoted() {
    ExtractedArticle a = run(BRIEFING);
    List<Assessment> unverified = valued(a, AssessmentValue.CANNOT_BE_VERIFIED);
    assertEquals(1, unverified.size(), () -> "assessments: " + a.assessments());
    assertEquals(
        claimWith(a, "blocked the port of Sines").index(),
        unverified.get(0).claimIndex().getAsInt());
    assertEquals("actor/maria-ostrander", unverified.get(0).authorKey().orElseThrow());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "None of the figures could be verified independently.|CANNOT_BE_VERIFIED",
        "Reporters could not independently establish what had happened.|CANNOT_BE_VERIFIED",
        "There is no way to check the account from outside the town.|CANNOT_BE_VERIFIED",
        "The reports are being verified by the authorities.|CANNOT_BE_VERIFIED",
        "Neither figure can be checked.|CANNOT_BE_VERIFIED",
        "The Courier has geolocated a video of the bridge.|CONFIRMED",
        "The Courier has been able to verify the location of the video.|CONFIRMED",
        "Videos shared online show smoke above the bridge.|SHOWN_BY_FOOTAGE",
        "Satellite images taken on Tuesday appear to show a broken span.|SHOWN_BY_FOOTAGE",
      })
  void aCheckPhrasingAssessesTheClaimBeforeIt(String check, AssessmentValue value) {
    ExtractedArticle a =
        run("Residents said rebels had blown up the railway bridge at Alcora. " + check);
    List<Assessment> found = valued(a, value);
    assertEquals(1, found.size(), () -> "assessments: " + a.assessments());
    assertEquals(
        claimWith(a, "blown up the railway bridge").index(), found.get(0).claimIndex().getAsInt());
  }

  @Test
  void aPartyThatDidNotConfirmNeitherConfirmsNorAssesses() {
    ExtractedArticle a =
        run(
            "Residents said rebels had blown up the railway bridge at Alcora. Portugal's defence"
                + " ministry did not confirm that the bridge had been destroyed. A police officer"
                + " declined to confirm the number of injured. The mayor would neither confirm nor"
                + " deny that the town was cut off.");
    assertEquals(1, a.claims().size(), () -> "claims: " + a.claims());
    assertEquals(List.of(), a.assessments());
  }

  @Test
  void aTrailingFigureThatSomeoneRejectedEndsTheClaimAndDisputesIt() {
    ExtractedArticle a =
        run(
            "Rebel commander Idriss Hamid said 40 soldiers had been killed, a figure that"
                + " Chad's defence ministry rejected as invention.");
    Claim killed = claimWith(a, "40 soldiers had been killed");
    assertEquals("40 soldiers had been killed", a.quote(killed.content()));
    List<Assessment> disputed = valued(a, AssessmentValue.DISPUTED);
    assertEquals(1, disputed.size(), () -> "assessments: " + a.assessments());
    assertEquals(killed.index(), disputed.get(0).claimIndex().getAsInt());
  }

  @Test
  void pointOutCautionAndBlameAttributeTheirWords() {
    ExtractedArticle a =
        run(
            "Governor Ana Mucavele pointed out that the road had been closed for a week. Police"
                + " commander Joaquim Tembe cautioned that food would run out. President Daniel"
                + " Chume blamed the attack on foreign fighters.");
    assertEquals(
        "actor/ana-mucavele", claimWith(a, "road had been closed").claimantKey().orElseThrow());
    assertEquals(Stance.FEARS, claimWith(a, "food would run out").stance().coarse());
    assertEquals(
        "actor/daniel-chume", claimWith(a, "on foreign fighters").claimantKey().orElseThrow());
  }

  private static final String BULLETIN =
      "PRESENTER: Good evening. Fighting around the port of Tamsk has eased, officials say. Our"
          + " correspondent is in the nearby town of Orel.\n\n"
          + "CORRESPONDENT (LENA VARGA): The sound of artillery has faded here this afternoon.\n\n"
          + "PRESENTER: Lena, what are officials saying about civilians?\n\n"
          + "KARIN OST (Interior Minister): We will not negotiate while our towns are under fire.";

  @Test
  void aLabelInCapitalsNamesItsSpeakerAlsoInBracketsAfterARole() {
    ExtractedArticle a = run(BULLETIN);
    assertEquals(
        "actor/lena-varga", claimWith(a, "artillery has faded").claimantKey().orElseThrow());
    Claim resolve = claimWith(a, "will not negotiate");
    assertEquals("actor/karin-ost", resolve.claimantKey().orElseThrow());
    assertTrue(
        a.entities().stream().anyMatch(e -> e.label().equals("Karin Ost")),
        "the person's label is written as prose writes it, not in the label's capitals");
    assertTrue(
        a.entities().stream().noneMatch(e -> e.label().equalsIgnoreCase("Presenter")),
        "a role label names no one");
  }

  @Test
  void aQuestionAttributesNothing() {
    ExtractedArticle a = run(BULLETIN);
    assertTrue(
        a.claims().stream().noneMatch(c -> a.quote(c.content()).contains("civilians")),
        () -> "claims: " + a.claims());
  }
}
