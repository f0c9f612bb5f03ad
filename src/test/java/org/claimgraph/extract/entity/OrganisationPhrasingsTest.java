package org.claimgraph.extract.entity;

import static org.claimgraph.extract.entity.EntityFixture.mentioned;
import static org.claimgraph.extract.entity.EntityFixture.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.claimgraph.extract.model.EntityType;
import org.claimgraph.extract.model.ExtractedArticle;
import org.junit.jupiter.api.Test;

/** Organisations no reference data knows, typed by their head word or their introduction. */
class OrganisationPhrasingsTest {

  @Test
  void headWordsOfForcesGroupsAndWatchdogsType() {
    ExtractedArticle a =
        run(
            "Units of the Western Command held the ridge. The Oruna Defence Units said they"
                + " had left. The Dravian Air Force denied the strike. Valley Watch counted 12"
                + " dead, according to the Global Crisis Group.");
    assertEquals(EntityType.MILITARY_FORCE, mentioned(a, "Western Command").get().type());
    assertEquals(EntityType.ARMED_GROUP, mentioned(a, "Oruna Defence Units").get().type());
    assertEquals(EntityType.MILITARY_FORCE, mentioned(a, "Dravian Air Force").get().type());
    assertEquals(EntityType.ORGANIZATION, mentioned(a, "Valley Watch").get().type());
    assertEquals(EntityType.ORGANIZATION, mentioned(a, "Global Crisis Group").get().type());
  }

  @Test
  void aNameWithOfAndTheInsideIsOneName() {
    ExtractedArticle a = run("The Institute for the Study of Conflict said the road was cut.");
    assertEquals(
        EntityType.ORGANIZATION,
        mentioned(a, "Institute for the Study of Conflict").orElseThrow().type());
  }

  @Test
  void aHeadWordAloneOrOpeningASentenceIsNoName() {
    ExtractedArticle a = run("Command posts were hit. Group leaders met on Monday.");
    assertFalse(
        a.entities().stream()
            .anyMatch(
                e -> e.type() == EntityType.ORGANIZATION || e.type() == EntityType.MILITARY_FORCE));
  }

  @Test
  void aMovementIsArmedByItsNameOrItsFighters() {
    ExtractedArticle a =
        run(
            "Rebels of the Popular Movement of Derra overran the base. The Orsk Liberation"
                + " Council said it held the town. The rebel alliance, the Northern Framework,"
                + " admitted the loss. The Farmers Movement said prices rose.");
    assertEquals(EntityType.ARMED_GROUP, mentioned(a, "Popular Movement of Derra").get().type());
    assertEquals(EntityType.ARMED_GROUP, mentioned(a, "Orsk Liberation Council").get().type());
    assertEquals(EntityType.ARMED_GROUP, mentioned(a, "Northern Framework").get().type());
    assertEquals(EntityType.ORGANIZATION, mentioned(a, "Farmers Movement").get().type());
  }

  @Test
  void aKnownBodyNamedAfterTheKnownBodyItBelongsToIsThatBody() {
    ExtractedArticle a =
        run(
            "The United Nations World Food Programme said convoys had stopped. The World Food"
                + " Programme added that 20,000 people needed food.");
    assertEquals(
        "World Food Programme",
        mentioned(a, "United Nations World Food Programme").orElseThrow().label());
    assertEquals(
        1,
        a.entities().stream().filter(e -> e.label().contains("Food Programme")).count(),
        "one programme");
  }

  @Test
  void anUnknownBodyEndingInAKnownNameStaysItsOwn() {
    ExtractedArticle a = run("The Highland World Food Programme said convoys had stopped.");
    assertFalse(
        mentioned(a, "Highland World Food Programme")
            .map(e -> e.label().equals("World Food Programme"))
            .orElse(false),
        "only a known parent before it makes the name the known body's");
  }

  @Test
  void forcesNamedAsABodyAreAnArmedGroupButACountrysForcesStayItsOwn() {
    ExtractedArticle a =
        run(
            "The Corran Defence Forces (CDF) said they had retaken Osk. Kestrian armed forces"
                + " withdrew, and Kestria's army lost the bridge.");
    assertEquals(EntityType.ARMED_GROUP, mentioned(a, "Corran Defence Forces").get().type());
    assertEquals(EntityType.MILITARY_FORCE, mentioned(a, "Kestrian armed forces").get().type());
  }

  @Test
  void aBodyNamedAgainByItsHeadNounIsThatBody() {
    ExtractedArticle a =
        run(
            "The Velmar Liberation Front said it took Osk. The Front said 20 fighters died. The"
                + " Provincial Guard denied it, and the Guard said the town held. The People's"
                + " Movement for Change called for calm; the movement said it would march.");
    assertEquals("Velmar Liberation Front", mentioned(a, "The Front").get().label());
    assertEquals("Provincial Guard", mentioned(a, "the Guard").get().label());
    assertEquals(EntityType.MILITARY_FORCE, mentioned(a, "the Guard").get().type());
    assertEquals("People's Movement for Change", mentioned(a, "the movement").get().label());
  }
}
