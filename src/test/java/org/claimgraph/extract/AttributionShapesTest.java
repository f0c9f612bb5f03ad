package org.claimgraph.extract;

import static org.claimgraph.extract.PhrasingFixture.claimWith;
import static org.claimgraph.extract.PhrasingFixture.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimgraph.extract.model.Claim;
import org.claimgraph.extract.model.ExtractedArticle;
import org.claimgraph.extract.model.SourceKind;
import org.claimgraph.extract.model.Stance;
import org.junit.jupiter.api.Test;

/**
 * How news copy attributes words to sources it names, describes or leaves unnamed, on texts written
 * for the test (several wordings each, and wordings that must not become claims), through the full
 * extractor so that keyword gates are tested too.
 */
class AttributionShapesTest {

  private static String claimant(ExtractedArticle a, Claim c) {
    return c.claimantKey().orElse(a.quote(c.claimantSpan()));
  }

  @Test
  void thatAAndThatBAreTwoClaims() {
    for (String body :
        List.of(
            "The Taliban said on Sunday that their fighters had captured the border town and that"
                + " government troops had run away to the south.",
            "The Taliban said their fighters had captured the border town, and that government"
                + " troops had run away to the south.")) {
      ExtractedArticle a = run(body);
      assertEquals(2, a.claims().size(), () -> body + " -> " + a.claims());
      assertEquals(
          "their fighters had captured the border town", a.quote(a.claims().get(0).content()));
      assertEquals(
          "government troops had run away to the south", a.quote(a.claims().get(1).content()));
    }
    // One proposition with "and" inside, and quoted words, stay whole.
    ExtractedArticle one =
        run("The Taliban said their fighters had captured the town and the crossing near it.");
    assertEquals(1, one.claims().size(), () -> "claims: " + one.claims());
    ExtractedArticle quoted =
        run("The Taliban said: \"We took the town and that is the end of it, and that is all.\"");
    assertEquals(1, quoted.claims().size(), () -> "claims: " + quoted.claims());
  }

  @Test
  void aTitleAbbreviatedWithAFullStopStillNamesTheSpeakerOfAQuotation() {
    for (String speaker :
        List.of(
            "ministry spokesman Col. Piet Arndt",
            "Lt. Col. Ana Ruiz",
            "Dr. Omar Haidari",
            "the U.N. envoy")) {
      String body =
          "\"Our forces remain in position and the enemy has suffered heavy losses,\" "
              + speaker
              + " told reporters in the capital, Velsburg, late on Sunday.";
      ExtractedArticle a = run(body);
      assertEquals(1, a.claims().size(), () -> body + " -> " + a.claims());
      assertEquals(
          "Our forces remain in position and the enemy has suffered heavy losses",
          a.quote(a.claims().get(0).content()),
          body);
    }
  }

  @Test
  void agencyStyleDaysAfterTheVerbAndTwoClausesAfterAnObjectKeepTheWordsWhole() {
    for (String day : List.of("Tuesday", "on Tuesday", "late Tuesday", "Tuesday evening")) {
      ExtractedArticle a =
          run("Insurgents said " + day + " they had captured the Ulmen border post.");
      assertEquals(1, a.claims().size(), () -> day + " -> " + a.claims());
      assertEquals(
          "they had captured the Ulmen border post", a.quote(a.claims().get(0).content()), day);
    }
    ExtractedArticle two =
        run(
            "Interior Minister Mara Lenk told lawmakers the post remained under government control"
                + " and that reinforcements had been sent.");
    assertEquals(2, two.claims().size(), () -> "claims: " + two.claims());
    assertEquals(
        "the post remained under government control", two.quote(two.claims().get(0).content()));
    assertEquals("reinforcements had been sent", two.quote(two.claims().get(1).content()));
    // "told reporters in Kabul that" still starts the words after "that"
    ExtractedArticle object =
        run("Governor Ali Rahimi told reporters in Kabul that the road had reopened.");
    assertEquals("the road had reopened", object.quote(object.claims().get(0).content()));
  }

  @Test
  void anAttributionInsideTheSentenceGivesTheClauseBeforeItNotTheAppositionAfterIt() {
    ExtractedArticle a =
        run(
            "Insurgents captured the border crossing of Spin Boldak on Wednesday, a spokesman for"
                + " the group said, the latest gain in a sweeping offensive.");
    assertEquals(1, a.claims().size(), () -> "claims: " + a.claims());
    assertEquals(
        "Insurgents captured the border crossing of Spin Boldak on Wednesday",
        a.quote(a.claims().get(0).content()));
  }

  @Test
  void butWithAnotherSourcesAttributionEndsTheFirstSourcesWords() {
    ExtractedArticle a =
        run(
            "Interior ministry spokesman Tareq Arian said security forces were in control of the"
                + " area, but residents and Pakistani officials said the Taliban had raised their"
                + " flag over the crossing.");
    assertEquals(
        "security forces were in control of the area",
        a.quote(claimWith(a, "security forces were in control").content()));
    Claim flag = claimWith(a, "had raised their flag");
    assertEquals("the Taliban had raised their flag over the crossing", a.quote(flag.content()));
    // the same speaker's second verb after ", but" is still the coordination rule's
    ExtractedArticle same =
        run(
            "Defence Minister Dalia Roux said the strike hit a depot, but insisted the army would"
                + " not halt operations.");
    assertEquals("the strike hit a depot", same.quote(claimWith(same, "the strike hit").content()));
  }

  @Test
  void aSpeakerInAppositionBeforeTheVerbSpeaksTheWordsAfterIt() {
    for (String body :
        List.of(
            "Omar Said, a spokesman for the Kestrian army, said the town was quiet.",
            "Omar Said, a spokesman, said the town was quiet.",
            "The spokesman, Omar Said, said the town was quiet.",
            "Omar Said, commander of the Northern Command, said the town was quiet.",
            "Omar Said, Kestria's defence minister, said the town was quiet.")) {
      ExtractedArticle a = run(body);
      assertEquals(1, a.claims().size(), () -> body + " -> " + a.claims());
      assertEquals("the town was quiet", a.quote(a.claims().get(0).content()), body);
    }
    // a clause before the attribution is still its words
    ExtractedArticle post = run("The town was quiet, Omar Said, a spokesman, said on Monday.");
    assertEquals("The town was quiet", post.quote(post.claims().get(0).content()));
  }

  @Test
  void describedSourcesSpeakThemselves() {
    ExtractedArticle a =
        run(
            "\"Most of the wounded are women and children,\" said a doctor who works at the main"
                + " hospital in Kandahar. An aid worker said the clinic had closed. Medics put the"
                + " number of dead at 48.");
    assertEquals("a doctor", a.quote(claimWith(a, "Most of the wounded").claimantSpan()));
    assertEquals("An aid worker", a.quote(claimWith(a, "the clinic had closed").claimantSpan()));
    Claim put = claimWith(a, "the number of dead at 48");
    assertEquals("Medics", a.quote(put.claimantSpan()));
    assertEquals("put", put.cue());
    // "put" alone is no cue.
    assertTrue(run("The Taliban put pressure on the town's elders.").claims().isEmpty());
  }

  @Test
  void aPlaceAfterADescribedSourceIsNotTheSpeaker() {
    for (String body :
        List.of(
            "Diplomats in Kabul fear the fighting could spread to the north.",
            "A diplomat in Kabul, who asked not to be named, said the fighting could spread.",
            "An Afghan army officer said the fighting could spread to the north.")) {
      ExtractedArticle a = run(body);
      Claim c = claimWith(a, "could spread");
      assertEquals(SourceKind.UNNAMED_SOURCES, c.claimantKind(), body);
    }
    // The metonymy still speaks when it is the subject itself.
    Claim kabul = claimWith(run("Kabul said the fighting could spread."), "could spread");
    assertEquals("actor/government-of-afghanistan", kabul.claimantKey().orElseThrow());
  }

  @Test
  void coordinatedUnnamedSourcesAreTwoClaimants() {
    ExtractedArticle a =
        run("An aid worker and a local journalist said the Taliban had entered the town.");
    assertEquals(2, a.claims().size(), () -> "claims: " + a.claims());
    assertEquals(
        List.of("a local journalist", "An aid worker"),
        a.claims().stream().map(c -> a.quote(c.claimantSpan())).toList());
  }

  @Test
  void heAfterADescribedSourceIsThatSource() {
    ExtractedArticle a =
        run(
            "Zabihullah Mujahid said the town had fallen. \"We have no blood left,\" said a doctor"
                + " at the hospital. He said the generator had failed.");
    Claim he = claimWith(a, "the generator had failed");
    assertEquals("a doctor", a.quote(he.claimantSpan()));
    // With the named person mentioned after the source, "he" is the named person.
    ExtractedArticle b =
        run(
            "\"We have no blood left,\" said a doctor at the hospital. Zabihullah Mujahid denied"
                + " the report. He said the town was calm.");
    assertEquals(
        "actor/zabihullah-mujahid", claimWith(b, "the town was calm").claimantKey().orElseThrow());
  }

  @Test
  void someOfThemSayIsTheSourcesBefore() {
    ExtractedArticle a =
        run(
            "Analysts say the withdrawal exposes the southern flank. The loss of the town, most of"
                + " them say, cuts the main supply road.");
    assertEquals("Analysts", a.quote(claimWith(a, "cuts the main supply road").claimantSpan()));
  }

  @Test
  void relativeWhoSaidIsTheAntecedent() {
    ExtractedArticle a =
        run(
            "About 300 soldiers crossed into Iran, according to the Iranian border police, who"
                + " said the troops had been disarmed.");
    Claim c = claimWith(a, "the troops had been disarmed");
    assertTrue(c.claimantKey().isPresent(), () -> "claimant: " + claimant(a, c));
    assertTrue(!a.quote(c.claimantSpan()).contains("soldiers"), () -> claimant(a, c));
  }

  @Test
  void calledAQuotationIsAClaimCalledAloneIsNot() {
    ExtractedArticle a =
        run("Zabihullah Mujahid called the pull-back \"a tactical decision taken weeks ago\".");
    assertEquals(
        "actor/zabihullah-mujahid",
        claimWith(a, "a tactical decision").claimantKey().orElseThrow());
    assertTrue(run("Zabihullah Mujahid called for calm in the town.").claims().isEmpty());
    assertTrue(run("The Taliban entered a village called Shindand.").claims().isEmpty());
  }

  @Test
  void aTrailingDisputeIsTheDisputersDenial() {
    ExtractedArticle a =
        run(
            "Zabihullah Mujahid said 40 soldiers had been killed, a figure that the Afghan defence"
                + " ministry rejected as pure invention.");
    Claim said = claimWith(a, "40 soldiers had been killed");
    assertEquals("40 soldiers had been killed", a.quote(said.content()));
    Claim denial = claimWith(a, "pure invention");
    assertEquals(Stance.DENIES, denial.stance());
    assertTrue(denial.claimantKey().orElseThrow().contains("defen"), denial::toString);
  }

  @Test
  void anAsideAfterAccordingToIsNotTheWords() {
    ExtractedArticle a =
        run(
            "According to a local official, who spoke on condition of anonymity, the Taliban took"
                + " the district on Monday.");
    assertEquals(
        "the Taliban took the district on Monday",
        a.quote(claimWith(a, "took the district").content()));
  }

  @Test
  void butSaidIsASecondClaimOfTheSameSpeaker() {
    for (String verb : List.of("said", "insisted that")) {
      ExtractedArticle a =
          run(
              "Zabihullah Mujahid acknowledged the loss of two villages on Monday but "
                  + verb
                  + " Afghan forces were paying \"an enormous price\".");
      assertEquals(2, a.claims().size(), () -> verb + " -> " + a.claims());
      assertEquals(
          "the loss of two villages on Monday", a.quote(a.claims().get(0).content()), verb);
      assertEquals(
          "actor/zabihullah-mujahid",
          claimWith(a, "an enormous price").claimantKey().orElseThrow(),
          verb);
    }
    // The speaker named after the verb still speaks: "said X: \"…\"".
    ExtractedArticle b = run("Then said Zabihullah Mujahid: \"We took the town.\"");
    assertEquals(
        "actor/zabihullah-mujahid", claimWith(b, "We took the town").claimantKey().orElseThrow());
  }

  @Test
  void aParticipleAfterAClaimIsTheSameSpeakers() {
    ExtractedArticle a =
        run(
            "Local civil society groups put the death toll at 23, blaming the shelling on the"
                + " Taliban.");
    assertEquals(2, a.claims().size(), () -> "claims: " + a.claims());
    assertEquals("Local civil society groups", a.quote(a.claims().get(0).claimantSpan()));
    Claim blame = claimWith(a, "the shelling on the Taliban");
    assertEquals("Local civil society groups", a.quote(blame.claimantSpan()));
    // A participle with no claim before it is left to the other rules.
    ExtractedArticle b =
        run("Blaming the shelling on the Taliban, the Afghan army said it would respond.");
    assertTrue(
        b.claims().stream().noneMatch(c -> a.quote(c.claimantSpan()).contains("civil")),
        () -> "claims: " + b.claims());
  }

  @Test
  void fewBelieveIsNoClaimOfTheDoubters() {
    for (String body :
        List.of(
            "Few residents believe the army still holds the hills.",
            "Hardly any observers believe the Taliban will keep the town.")) {
      ExtractedArticle a = run(body);
      assertTrue(a.claims().isEmpty(), () -> body + " -> " + a.claims());
    }
    assertEquals(1, run("Residents believe the army still holds the hills.").claims().size());
  }

  @Test
  void anOpeningPhraseBeforeTheSpeakerIsNotTheWords() {
    for (String intro :
        List.of("In a televised address", "On Sunday evening", "Speaking in Kabul")) {
      ExtractedArticle a = run(intro + ", Ashraf Ghani said the army would hold.");
      assertEquals(1, a.claims().size(), () -> intro + " -> " + a.claims());
      assertEquals("the army would hold", a.quote(a.claims().get(0).content()), intro);
    }
    // A statement before the comma is still the words: "…, Ashraf Ghani said."
    ExtractedArticle b = run("The army will hold the city, Ashraf Ghani said.");
    assertEquals("The army will hold the city", b.quote(b.claims().get(0).content()));
  }

  @Test
  void theStatementSpeaksForWhoeverMadeIt() {
    for (String second :
        List.of(
            "The statement added that 40 soldiers had been killed.",
            "The statement said 40 soldiers had been killed.",
            "Its statement also said that 40 soldiers had been killed.")) {
      ExtractedArticle a =
          run(
              "The Oruna Liberation Front said in a statement that its fighters had captured the"
                  + " town of Meskel. "
                  + second);
      assertEquals(
          "actor/oruna-liberation-front",
          claimWith(a, "40 soldiers had been killed").claimantKey().orElseThrow(),
          second);
    }
  }

  @Test
  void aStatementReleasedOrPostedIsNoSpeaker() {
    ExtractedArticle a =
        run(
            "The Oruna Liberation Front said its fighters had captured the town of Meskel. A"
                + " statement released on Monday listed the names of the dead.");
    assertEquals(1, a.claims().size(), () -> "claims: " + a.claims());
  }

  @Test
  void theOneAnOutletQuotesAsSayingIsTheClaimant() {
    ExtractedArticle a =
        run(
            "Kestrian troops are retreating. The daily Morning Herald quoted an unnamed officer as"
                + " saying that 200 rebels had surrendered. Interfax quoted Kestria's defence"
                + " ministry as saying its troops had left Osk.");
    Claim officer = claimWith(a, "200 rebels had surrendered");
    assertEquals(SourceKind.UNNAMED_SOURCES, officer.claimantKind());
    assertEquals("an unnamed officer", a.quote(officer.claimantSpan()));
    assertTrue(
        claimWith(a, "its troops had left Osk").claimantKey().orElseThrow().contains("ministry"));
  }

  @Test
  void theOneQuotedMayStandInAnApposition() {
    ExtractedArticle a =
        run(
            "Kestrian troops are retreating. The agency quoted the governor, Pavel Dorn, as saying"
                + " 4,000 people had fled.");
    assertEquals(
        "actor/pavel-dorn", claimWith(a, "4,000 people had fled").claimantKey().orElseThrow());
  }

  @Test
  void aCommaAndAConjunctionOpenANewClauseNotAPostposedSpeaker() {
    ExtractedArticle a =
        run(
            "Myanmar is at war. General Tun acknowledged in a statement that troops had withdrawn"
                + " from the town, but he insisted the army would return.");
    assertEquals("the army would return", a.quote(claimWith(a, "army would return").content()));
    assertEquals(
        "troops had withdrawn from the town",
        a.quote(claimWith(a, "troops had withdrawn").content()));
  }

  @Test
  void aParticipleAfterADenialStartsItsWordsAfterTheChannelAndThat() {
    ExtractedArticle a =
        run(
            "The Sudanese Armed Forces denied the claim, saying in a statement that its soldiers"
                + " had repelled the attack.");
    assertEquals(
        "its soldiers had repelled the attack",
        a.quote(claimWith(a, "soldiers had repelled").content()));
  }

  @Test
  void anAsideOnTheSourceBetweenSubjectAndVerbKeepsTheSubject() {
    ExtractedArticle a =
        run(
            "Kestrian troops fought. Local media, citing hospital staff, reported 11 civilian deaths.");
    Claim c = claimWith(a, "11 civilian deaths");
    assertEquals("Local media", a.quote(c.claimantSpan()));
  }

  @Test
  void aSecondSpeakersClauseAfterCommaAndEndsTheFirstSpeakersWords() {
    ExtractedArticle a =
        run(
            "Rebels said they took Osk. The army denied the report, and officials said the town"
                + " was calm.");
    assertEquals("the report", a.quote(claimWith(a, "the report").content()));
    Claim calm = claimWith(a, "the town was calm");
    assertEquals("officials", a.quote(calm.claimantSpan()));
  }
}
