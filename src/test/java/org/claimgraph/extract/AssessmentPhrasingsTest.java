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
import org.junit.jupiter.api.Test;

/**
 * Assessments attached to the claim they speak about, with who assesses, on texts written for the
 * test: the nearest claim by default, an earlier one when the assessment names its claimant or what
 * it is about.
 */
class AssessmentPhrasingsTest {

  @Test
  void aDenialNamingThePlaceDisputesTheClaimAboutItNotTheNearestOne() {
    ExtractedArticle a =
        run(
            "The Oruna Liberation Front said its fighters had seized the village of Tarsa on"
                + " Monday. Witnesses said smoke was rising over the market. Chad's defence ministry"
                + " denied that Tarsa had fallen.");
    List<Assessment> disputed = valued(a, AssessmentValue.DISPUTED);
    assertEquals(1, disputed.size(), () -> "assessments: " + a.assessments());
    assertEquals(
        claimWith(a, "seized the village of Tarsa").index(),
        disputed.get(0).claimIndex().getAsInt());
  }

  @Test
  void anAsideWithoutThatStillDisputesTheWordsBeforeItAndIsNotPartOfThem() {
    for (String aside :
        List.of(
            "a claim officials in the capital quickly rejected",
            "a claim that officials rejected",
            "a figure the army disputed")) {
      ExtractedArticle a = run("Rebels said they had captured the border post, " + aside + ".");
      Claim said = claimWith(a, "they had captured the border post");
      assertEquals("they had captured the border post", a.quote(said.content()), aside);
      List<Assessment> disputed = valued(a, AssessmentValue.DISPUTED);
      assertEquals(1, disputed.size(), () -> aside + " -> " + a.assessments());
      assertEquals(said.index(), disputed.get(0).claimIndex().getAsInt(), aside);
    }
    // an aside with no verb of disputing is left alone
    ExtractedArticle kept =
        run("Rebels said they had captured the post, a claim repeated on radio.");
    assertTrue(valued(kept, AssessmentValue.DISPUTED).isEmpty(), () -> "" + kept.assessments());
  }

  @Test
  void aCheckAndADisputeJoinedByAndAreTwoAssessments() {
    for (String tail :
        List.of(
            "a figure impossible to verify independently and disputed by the government",
            "a claim that could not be independently verified and that the army denied",
            "a claim that could not be verified and was rejected by the army")) {
      ExtractedArticle a = run("The rebels say they now hold 85% of the province, " + tail + ".");
      Claim hold = claimWith(a, "they now hold 85% of the province");
      for (AssessmentValue v :
          List.of(AssessmentValue.CANNOT_BE_VERIFIED, AssessmentValue.DISPUTED)) {
        List<Assessment> found = valued(a, v);
        assertEquals(1, found.size(), () -> tail + " " + v + " -> " + a.assessments());
        assertEquals(hold.index(), found.get(0).claimIndex().getAsInt(), tail);
      }
    }
  }

  @Test
  void dismissingTheGroupsStatementDisputesTheGroupsClaim() {
    ExtractedArticle a =
        run(
            "The Oruna Liberation Front said it controlled the airport road. A local trader said"
                + " shops had reopened on Tuesday. Defence Minister Omar Bile dismissed the group's"
                + " statement as propaganda.");
    List<Assessment> disputed = valued(a, AssessmentValue.DISPUTED);
    assertEquals(1, disputed.size(), () -> "assessments: " + a.assessments());
    assertEquals(
        claimWith(a, "controlled the airport road").index(),
        disputed.get(0).claimIndex().getAsInt());
    assertEquals("actor/omar-bile", disputed.get(0).authorKey().orElseThrow());
  }

  @Test
  void withoutANameTheAssessmentSpeaksAboutThePreviousSentencesClaim() {
    ExtractedArticle a =
        run(
            "The Oruna Liberation Front said it controlled the airport road. A local official said"
                + " shops had reopened on Tuesday. The claim could not be independently verified.");
    List<Assessment> unverified = valued(a, AssessmentValue.CANNOT_BE_VERIFIED);
    assertEquals(1, unverified.size(), () -> "assessments: " + a.assessments());
    assertEquals(
        claimWith(a, "shops had reopened").index(), unverified.get(0).claimIndex().getAsInt());
  }

  @Test
  void anOutletUnableToVerifyEitherSidesAccountAssessesBothAndNamesItself() {
    ExtractedArticle a =
        run(
            "Rebels said they had taken the bridge at dawn. The Chadian army said its"
                + " troops had repelled the attack. Reuters was unable to verify either side's"
                + " account.");
    List<Assessment> unverified = valued(a, AssessmentValue.CANNOT_BE_VERIFIED);
    assertEquals(2, unverified.size(), () -> "assessments: " + a.assessments());
    assertEquals(
        List.of(
            claimWith(a, "repelled the attack").index(), claimWith(a, "taken the bridge").index()),
        unverified.stream().map(s -> s.claimIndex().getAsInt()).toList());
    unverified.forEach(s -> assertEquals("actor/reuters", s.authorKey().orElseThrow()));
  }

  @Test
  void anOutletThatCouldNotConfirmMakesNoClaimOfItsOwn() {
    ExtractedArticle a =
        run(
            "Residents said gunmen had burned the customs office. AP could not independently"
                + " confirm the residents' account.");
    assertEquals(1, a.claims().size(), () -> "claims: " + a.claims());
    List<Assessment> unverified = valued(a, AssessmentValue.CANNOT_BE_VERIFIED);
    assertEquals(1, unverified.size(), () -> "assessments: " + a.assessments());
    assertEquals(0, unverified.get(0).claimIndex().getAsInt());
  }

  @Test
  void severalReportsWithAnAdjectiveStillReportTheStatement() {
    ExtractedArticle a =
        run("Several independent reports confirmed that the convoy had reached the depot.");
    List<Assessment> several = valued(a, AssessmentValue.REPORTED_BY_SEVERAL);
    assertEquals(1, several.size(), () -> "assessments: " + a.assessments());
    assertTrue(
        a.quote(a.claims().get(several.get(0).claimIndex().getAsInt()).content())
            .contains("the convoy had reached the depot"));
  }

  @Test
  void footageThatAppearedToShowIsFootage() {
    ExtractedArticle a =
        run(
            "The Oruna Liberation Front said its fighters had entered the village of Tarsa. Video"
                + " footage posted online appeared to show armed men in the main square.");
    assertEquals(
        1,
        valued(a, AssessmentValue.SHOWN_BY_FOOTAGE).size(),
        () -> "assessments: " + a.assessments());
  }

  @Test
  void anOutletThatHasNotBeenAbleToVerifyTheClaimCannotVerifyIt() {
    ExtractedArticle a =
        run(
            "The Oruna Liberation Front said its fighters had captured the town of Meskel. Reuters"
                + " has not been able to verify the claim.");
    List<Assessment> unverified = valued(a, AssessmentValue.CANNOT_BE_VERIFIED);
    assertEquals(1, unverified.size(), () -> "assessments: " + a.assessments());
    assertEquals(
        claimWith(a, "captured the town of Meskel").index(),
        unverified.get(0).claimIndex().getAsInt());
    assertEquals(List.of(), valued(a, AssessmentValue.CONFIRMED));
  }

  @Test
  void anOutletThatHasBeenAbleToVerifyStillConfirms() {
    ExtractedArticle a =
        run(
            "The Oruna Liberation Front said its fighters had captured the town of Meskel. Reuters"
                + " has been able to verify the claim.");
    assertEquals(1, valued(a, AssessmentValue.CONFIRMED).size(), () -> "" + a.assessments());
    assertEquals(List.of(), valued(a, AssessmentValue.CANNOT_BE_VERIFIED));
  }

  @Test
  void noProofOrNoConfirmationOfAClaimLeavesItUnverified() {
    ExtractedArticle a =
        run(
            "The Oruna Liberation Front said it had shot down a helicopter near Meskel. There is"
                + " no proof that any aircraft was lost. Chad's army said its troops had reached the"
                + " bridge. Observers have seen no confirmation of the army's account.");
    List<Assessment> unverified = valued(a, AssessmentValue.CANNOT_BE_VERIFIED);
    assertEquals(2, unverified.size(), () -> "assessments: " + a.assessments());
    assertEquals(
        List.of(claimWith(a, "shot down a helicopter").index(), claimWith(a, "reached").index()),
        unverified.stream().map(u -> u.claimIndex().getAsInt()).toList());
  }

  @Test
  void evidenceFoundIsNoLackOfEvidence() {
    ExtractedArticle a =
        run(
            "The Oruna Liberation Front said it had shot down a helicopter near Meskel. Doctors"
                + " found evidence of shrapnel wounds among the crew.");
    assertEquals(List.of(), valued(a, AssessmentValue.CANNOT_BE_VERIFIED));
  }

  @Test
  void footageAsTheSpeakerDescribesItIsPartOfTheClaimNotACheck() {
    ExtractedArticle a =
        run(
            "Chad's defence ministry said its troops had entered the town of Meskel. It released a"
                + " video that it said showed soldiers in the main square.");
    assertEquals(
        List.of(), valued(a, AssessmentValue.SHOWN_BY_FOOTAGE), () -> "" + a.assessments());
  }

  @Test
  void aDenialNamingNoClaimAnswersTheOtherSidesClaimAcrossTheNarratorsDetail() {
    ExtractedArticle a =
        run(
            "The Oruna Liberation Front said its fighters had seized the airport road on Monday."
                + " The road links the capital with the northern provinces. Traffic on it had been"
                + " light for weeks. Chad's defence ministry denied the claim.");
    List<Assessment> disputed = valued(a, AssessmentValue.DISPUTED);
    assertEquals(1, disputed.size(), () -> "assessments: " + a.assessments());
    assertEquals(
        claimWith(a, "seized the airport road").index(), disputed.get(0).claimIndex().getAsInt());
  }

  @Test
  void aNarratorsDoubtDoesNotReachPastTheSentenceBefore() {
    ExtractedArticle a =
        run(
            "The Oruna Liberation Front said its fighters had seized the airport road on Monday."
                + " The road links the capital with the northern provinces. Traffic on it had been"
                + " light for weeks. Few observers believe it.");
    assertEquals(List.of(), valued(a, AssessmentValue.DISPUTED), () -> "" + a.assessments());
  }
}
