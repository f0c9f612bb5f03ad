package org.claimgraph.extract.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerbFormsTest {

  @Test
  void irregularVerbsHaveTheirOwnPastAndParticiple() {
    assertEquals(Set.of("take", "takes", "took", "taken", "taking"), VerbForms.of("take"));
    assertEquals(Set.of("flee", "flees", "fled", "fleeing"), VerbForms.of("flee"));
    assertEquals(
        Set.of("withdraw", "withdraws", "withdrew", "withdrawn", "withdrawing"),
        VerbForms.of("withdraw"));
    assertEquals(Set.of("overrun", "overruns", "overran", "overrunning"), VerbForms.of("overrun"));
  }

  @Test
  void regularVerbsFollowTheSpellingRules() {
    assertEquals(Set.of("seize", "seizes", "seized", "seizing"), VerbForms.of("seize"));
    assertEquals(Set.of("admit", "admits", "admitted", "admitting"), VerbForms.of("admit"));
    assertEquals(
        Set.of("redeploy", "redeploys", "redeployed", "redeploying"), VerbForms.of("redeploy"));
    assertEquals(Set.of("carry", "carries", "carried", "carrying"), VerbForms.of("carry"));
    assertEquals(Set.of("push", "pushes", "pushed", "pushing"), VerbForms.of("push"));
  }

  @Test
  void onlyTheFirstWordOfAPhraseInflects() {
    Set<String> forms = VerbForms.of("pull out of");
    assertTrue(forms.containsAll(List.of("pulled out of", "pulling out of", "pulls out of")));
    assertTrue(VerbForms.of("fall into the hands of").contains("fell into the hands of"));
  }

  @Test
  void participlesLeaveOutTheFormsThatAreMostlyNouns() {
    assertEquals(Set.of("shelled", "shelling"), VerbForms.participles("shell"));
  }

  @Test
  void choicesAndOptionalWordsAreSpelledOut() {
    assertEquals(
        List.of("take full control of", "take control of"),
        VerbForms.alternatives("take [full] control of"));
    assertEquals(
        List.of("airstrike hit", "air strike hit"),
        VerbForms.alternatives("(airstrike|air strike) hit"));
    assertTrue(
        VerbForms.of("pull [its|their] (troops|forces) out")
            .containsAll(
                List.of("pulled their troops out", "pulling forces out", "pulls its forces out")));
  }
}
