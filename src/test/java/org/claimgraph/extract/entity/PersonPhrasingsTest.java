package org.claimgraph.extract.entity;

import static org.claimgraph.extract.entity.EntityFixture.labelled;
import static org.claimgraph.extract.entity.EntityFixture.run;
import static org.claimgraph.extract.entity.EntityFixture.runText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.claimgraph.extract.model.EntityType;
import org.claimgraph.extract.model.ExtractedArticle;
import org.junit.jupiter.api.Test;

/** People no reference data knows, found by a title, a byline or a quote's speaker. */
class PersonPhrasingsTest {

  private static boolean person(ExtractedArticle a, String label) {
    return labelled(a, label).map(e -> e.type() == EntityType.PERSON).orElse(false);
  }

  @Test
  void localAndMilitaryTitlesMarkAPersonAndStayOutOfTheName() {
    ExtractedArticle a =
        run(
            "Sheriff Dana Wells closed the road. Coordinator Ivo Marek said beds ran out. Major"
                + " Erik Sand insisted the line held. Brigadier Omar Halid denied it.");
    assertTrue(person(a, "Dana Wells"));
    assertTrue(person(a, "Ivo Marek"));
    assertTrue(person(a, "Erik Sand"));
    assertTrue(person(a, "Omar Halid"));
  }

  @Test
  void theSpeakerNamedAfterAQuoteIsAPerson() {
    ExtractedArticle a = run("\"We left with nothing,\" said Amara Lind, 34, who fled on foot.");
    assertTrue(person(a, "Amara Lind"));
  }

  @Test
  void aBylinesWriterIsAPerson() {
    ExtractedArticle a =
        runText("Headline\n\nBy Maria Okal, Valley Gazette\n\nTroops left the town.");
    assertTrue(person(a, "Maria Okal"));
  }

  @Test
  void capitalisedWordsAfterSaidThatGoOnAreNoSpeaker() {
    ExtractedArticle a =
        run("The road, said United Nations officials, was closed. \"No,\" said Monday.");
    assertFalse(a.entities().stream().anyMatch(e -> e.type() == EntityType.PERSON));
    assertEquals(0, a.entities().stream().filter(e -> e.label().contains("Monday")).count());
  }

  @Test
  void aMinistryMadeFromARoleIsLabelledInWords() {
    ExtractedArticle a = run("Brenmark's foreign minister, Tomas Reiter, said the talks failed.");
    assertTrue(labelled(a, "Ministry of Foreign Affairs of Brenmark").isPresent());
  }
}
