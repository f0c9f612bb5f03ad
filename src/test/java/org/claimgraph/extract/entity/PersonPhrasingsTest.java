package org.claimgraph.extract.entity;

import static org.claimgraph.extract.entity.EntityFixture.labelled;
import static org.claimgraph.extract.entity.EntityFixture.run;
import static org.claimgraph.extract.entity.EntityFixture.runText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimgraph.extract.model.EntityType;
import org.claimgraph.extract.model.ExtractedArticle;
import org.junit.jupiter.api.Test;

/** People no reference data knows, found by a title, a byline or a quote's speaker. */
class PersonPhrasingsTest {

  private static String labelOf(ExtractedArticle a, String key) {
    return a.entity(key).map(e -> e.label()).orElse("?");
  }

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

  @Test
  void anAppositionAfterTheNameGivesTheRoleAndWhomItServes() {
    ExtractedArticle a =
        run(
            "Ana Ruiz, Kestria's defence minister, said the town was retaken. Omar Said, a"
                + " spokesman for the Kestrian army, said it was quiet. Ivo Marr, commander of the"
                + " Northern Command, said the line held. Lars Berg, the head of the UN mission in"
                + " Kestria, said aid was blocked.");
    List<String> roles =
        a.affiliations().stream()
            .map(f -> labelOf(a, f.subjectKey()) + " " + f.kind() + " " + labelOf(a, f.objectKey()))
            .toList();
    assertTrue(roles.contains("Ana Ruiz HEAD_OF Ministry of Defence of Kestria"), roles::toString);
    assertTrue(
        roles.contains("Omar Said SPOKESPERSON_FOR Armed forces of Kestria"), roles::toString);
    assertTrue(roles.contains("Ivo Marr MEMBER_OF Northern Command"), roles::toString);
    // the head of a UN mission is not the head of the UN
    assertFalse(roles.stream().anyMatch(r -> r.startsWith("Lars Berg")), roles::toString);
  }

  @Test
  void aTitleAndASurnameAloneMakeAPersonWhoSpeaks() {
    ExtractedArticle a =
        run(
            "\"We hold the bridge,\" Gen. Malik told reporters. Col. Arndt said the road was open."
                + " Malik added that reinforcements were coming. Ukraine's General Staff denied it.");
    assertTrue(person(a, "Malik"), () -> "entities: " + a.entities());
    assertTrue(person(a, "Arndt"), () -> "entities: " + a.entities());
    assertFalse(person(a, "Staff"), () -> "entities: " + a.entities());
    assertEquals(
        3,
        a.claims().stream().filter(c -> c.claimantKey().isPresent()).count(),
        () -> "claims: " + a.claims());
  }

  @Test
  void aReportersOrAnAnalystsRoleBeforeTheNameMarksAPerson() {
    ExtractedArticle a =
        run(
            "Our correspondent Lena Varga is in the town of Orel. The town is quiet, according to"
                + " analyst Dana Wirth.");
    assertEquals(EntityType.PERSON, labelled(a, "Lena Varga").orElseThrow().type());
    assertEquals(EntityType.PERSON, labelled(a, "Dana Wirth").orElseThrow().type());
  }
}
