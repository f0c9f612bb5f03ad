package org.claimgraph.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimgraph.extract.model.Paragraph;
import org.claimgraph.extract.model.ParagraphKind;
import org.junit.jupiter.api.Test;

class ArticleStructurerTest {

  private final ArticleStructurer structurer = new ArticleStructurer();

  private static List<ParagraphKind> kinds(ArticleStructure s) {
    return s.paragraphs().stream().map(Paragraph::kind).toList();
  }

  @Test
  void titleSubtitleHeadingCaptionBodyAndBoilerplate() {
    String text =
        "Rebels Seize Northern Town\n\n"
            + "Army says it will counter-attack within days\n\n"
            + "GOMA, March 3 (Wire) - Rebels seized the town of Kibumba on Tuesday, residents"
            + " said. The army did not comment.\n\n"
            + "Residents flee the fighting near Goma. Photo: Getty Images\n\n"
            + "What happens next\n\n"
            + "Aid groups said they had suspended work.\n\n"
            + "Read more: How the conflict began\n\n"
            + "(Reporting by A. Writer; Editing by B. Editor)\n\n"
            + "© 2024 Example News. All rights reserved.";
    ArticleStructure s = structurer.structure(text);
    assertEquals(
        List.of(
            ParagraphKind.TITLE,
            ParagraphKind.SUBTITLE,
            ParagraphKind.BODY,
            ParagraphKind.CAPTION,
            ParagraphKind.HEADING,
            ParagraphKind.BODY,
            ParagraphKind.BOILERPLATE,
            ParagraphKind.BOILERPLATE,
            ParagraphKind.BOILERPLATE),
        kinds(s));
    assertEquals("Rebels Seize Northern Town", s.title().quote(text));
    assertEquals("Army says it will counter-attack within days", s.subtitle().get().quote(text));
    assertTrue(
        s.sentences().stream().noneMatch(x -> x.span().quote(text).contains("Read more")),
        "boilerplate yields no sentences");
  }

  @Test
  void linesWithoutBlankLinesAreParagraphsButWrappedTextStaysWhole() {
    String wire =
        "Ceasefire Holds\n"
            + "The ceasefire held through the night, the United Nations said on Sunday in a"
            + " statement issued in Geneva.\n"
            + "Both sides accused each other of minor violations along the front line, officials"
            + " said.\n";
    assertEquals(3, structurer.structure(wire).paragraphs().size());
    String wrapped =
        "Title Line\n\nThe ceasefire held through the night, the\nUnited Nations said on Sunday"
            + " in a\nstatement issued in Geneva.\n";
    ArticleStructure s = structurer.structure(wrapped);
    assertEquals(2, s.paragraphs().size());
    assertEquals(1, s.sentences().stream().filter(x -> x.paragraphIndex() == 1).count());
  }

  @Test
  void bulletLinesOfALiveBlogAreSummariesEachOnItsOwn() {
    String text =
        "Live: fighting for the city\n\nKey developments:\n• Rebels say they have taken the"
            + " airport\n• Army says the city is secure.\n- UN warns of famine\n\n"
            + "09:12 The rebels said their fighters had taken the airport.";
    ArticleStructure s = structurer.structure(text);
    assertEquals(
        List.of(
            ParagraphKind.TITLE,
            ParagraphKind.BODY,
            ParagraphKind.HEADING,
            ParagraphKind.HEADING,
            ParagraphKind.HEADING,
            ParagraphKind.BODY),
        kinds(s));
  }

  @Test
  void citedHeadlinesAndReferenceSectionsAreNotReporting() {
    String text =
        "Battle of the Pass\n\nThe pass fell in May.\n\n"
            + "\"Army says it repelled attack on the pass\" (September 3)\n\n"
            + "\"Rebels claim gains in the north\", Northern Courier, 1 September 2024\n\n"
            + "References\n\n1. \"Harrow Pass falls to rebels\". Northern Courier. 20 May 2019.\n\n"
            + "2. Customs Authority, Annual Report 2018.";
    assertEquals(
        List.of(
            ParagraphKind.TITLE,
            ParagraphKind.BODY,
            ParagraphKind.BOILERPLATE,
            ParagraphKind.BOILERPLATE,
            ParagraphKind.BOILERPLATE,
            ParagraphKind.BOILERPLATE,
            ParagraphKind.BOILERPLATE),
        kinds(structurer.structure(text)));
  }

  @Test
  void aQuotationWithItsSpeakerIsStillSpeech() {
    for (String body :
        List.of(
            "\"We will not leave,\" the commander said.",
            "\"We will not leave\" said the commander, a veteran of two wars.",
            "\"We will not leave.\" That was all the commander said on Sunday.",
            "\"The airport is ours,\" Abdelrahim Juma wrote on X.")) {
      ArticleStructure s = structurer.structure("Title\n\nFirst paragraph here.\n\n" + body);
      assertEquals(ParagraphKind.BODY, s.paragraphs().get(2).kind(), body);
    }
  }
}
