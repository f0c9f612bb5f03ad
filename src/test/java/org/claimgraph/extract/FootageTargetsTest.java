package org.claimgraph.extract;

import static org.claimgraph.extract.PhrasingFixture.claimWith;
import static org.claimgraph.extract.PhrasingFixture.run;
import static org.claimgraph.extract.PhrasingFixture.valued;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.claimgraph.extract.model.Assessment;
import org.claimgraph.extract.model.AssessmentValue;
import org.claimgraph.extract.model.ExtractedArticle;
import org.junit.jupiter.api.Test;

/**
 * What footage speaks about: a claim that tells an event, the claim of the visual check just before
 * it, and nothing when the footage fails to show; on texts written for the test.
 */
class FootageTargetsTest {

  @Test
  void footageBearsOnTheClaimThatTellsAnEventNotOnTheTollToldAfterIt() {
    ExtractedArticle a =
        run(
            "The Oruna Liberation Front said its fighters had captured the town of Meskel. The"
                + " group said 40 soldiers had died. Videos shared online show Oruna Liberation"
                + " Front fighters in the main square of Meskel.");
    List<Assessment> shown = valued(a, AssessmentValue.SHOWN_BY_FOOTAGE);
    assertEquals(1, shown.size(), () -> "assessments: " + a.assessments());
    assertEquals(
        claimWith(a, "captured the town of Meskel").index(), shown.get(0).claimIndex().getAsInt());
  }

  @Test
  void aRunOfVisualChecksSpeaksAboutOneClaim() {
    ExtractedArticle a =
        run(
            "The Oruna Liberation Front said its fighters had captured the town of Meskel. Reuters"
                + " has geolocated a video posted by the group to the market square. Other videos"
                + " show armed men walking past the mosque.");
    List<Assessment> shown = valued(a, AssessmentValue.SHOWN_BY_FOOTAGE);
    assertEquals(1, shown.size(), () -> "assessments: " + a.assessments());
    assertEquals(
        claimWith(a, "captured the town of Meskel").index(), shown.get(0).claimIndex().getAsInt());
  }

  @Test
  void aNewClaimEndsTheRun() {
    ExtractedArticle a =
        run(
            "The Oruna Liberation Front said its fighters had captured the town of Meskel. Reuters"
                + " has geolocated a video posted by the group to the market square. A resident"
                + " said the shops were shut. The next day, other videos show armed men walking"
                + " past the mosque.");
    valued(a, AssessmentValue.SHOWN_BY_FOOTAGE)
        .forEach(
            s ->
                assertEquals(
                    claimWith(a, "shops were shut").index(), s.claimIndex().getAsInt(), "" + s));
  }

  @Test
  void footageThatFailsToShowIsNoSupport() {
    for (String second :
        List.of(
            "The footage did not show any fighters in the square.",
            "Satellite images taken on Friday show no sign of fighting in the town.")) {
      ExtractedArticle a =
          run(
              "The Oruna Liberation Front said its fighters had captured the town of Meskel. "
                  + second);
      assertEquals(
          List.of(), valued(a, AssessmentValue.SHOWN_BY_FOOTAGE), () -> second + a.assessments());
    }
  }
}
