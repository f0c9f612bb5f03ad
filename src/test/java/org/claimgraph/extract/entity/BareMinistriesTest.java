package org.claimgraph.extract.entity;

import static org.claimgraph.extract.entity.EntityFixture.mentioned;
import static org.claimgraph.extract.entity.EntityFixture.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.claimgraph.extract.model.Entity;
import org.claimgraph.extract.model.EntityType;
import org.claimgraph.extract.model.ExtractedArticle;
import org.junit.jupiter.api.Test;

/** A ministry named without its country is the ministry of the story's country. */
class BareMinistriesTest {

  @Test
  void aBareMinistryIsThatOfTheStorysCountry() {
    ExtractedArticle a =
        run(
            "Fighting spread across Chad on Monday, and Chad's army pulled back. The Ministry of"
                + " Defence said 12 soldiers died. The interior ministry denied it.");
    Entity defence = mentioned(a, "Ministry of Defence").orElseThrow();
    assertEquals(EntityType.MINISTRY, defence.type());
    assertTrue(defence.label().endsWith("of Chad"));
    assertEquals(EntityType.MINISTRY, mentioned(a, "interior ministry").orElseThrow().type());
  }

  @Test
  void withNoStoryCountryTheMinistryStandsAloneAndAnUnknownTopicMakesNone() {
    ExtractedArticle a =
        run("The Ministry of Defence said 12 soldiers died. The Ministry of Magic was silent.");
    Entity defence = mentioned(a, "Ministry of Defence").orElseThrow();
    assertEquals(EntityType.MINISTRY, defence.type());
    assertEquals("Ministry of Defence", defence.label());
    assertEquals(
        1, a.entities().stream().filter(e -> e.type() == EntityType.MINISTRY).count(), "no magic");
  }

  @Test
  void aCapitalisedMinistryBeforeASaysIsNoPerson() {
    ExtractedArticle a = run("The Interior Ministry said it had arrested 12 people.");
    assertEquals(EntityType.MINISTRY, mentioned(a, "Interior Ministry").orElseThrow().type());
    assertTrue(a.entities().stream().noneMatch(e -> e.type() == EntityType.PERSON));
  }

  @Test
  void aPossessiveNamesTheMinistrysCountryEvenWhenTheReportIsAboutAnother() {
    ExtractedArticle a =
        run(
            "Kestrian troops fell back towards the capital, and Kestria's army lost two towns."
                + " About 150 soldiers crossed into Orsana, Orsana's Foreign Ministry said.");
    Entity ministry = mentioned(a, "Orsana's Foreign Ministry").orElseThrow();
    assertEquals("Ministry of Foreign Affairs of Orsana", ministry.label());
  }
}
