package org.claimgraph.extract.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** News pages with menus, ads, scripts and captions become the report's text and metadata. */
class HtmlArticleTest {

  @TempDir Path dir;

  private static String fixture() throws Exception {
    return Files.readString(Path.of("src/test/resources/html/news-page.html"));
  }

  @Test
  void keepsTheReportAndDropsThePageFurniture() throws Exception {
    String text = HtmlArticle.parse(fixture()).text();
    List<String> blocks = List.of(text.strip().split("\n\n"));
    assertEquals("Army says it holds the Varo crossing", blocks.get(0));
    assertTrue(blocks.get(1).startsWith("By A. Reporter") || blocks.get(1).startsWith("The army"));
    assertTrue(text.contains("retaken the Varo border crossing, two days after rebels"), text);
    assertTrue(text.contains("“The crossing is under our full control,” a spokesman"), text);
    assertTrue(text.contains("We will not give up a metre of ground."), text);
    assertTrue(text.endsWith("Rebels did not respond to a request for comment.\n"), text);
    for (String furniture :
        List.of(
            "SCRIPT-TEXT",
            "AD-SCRIPT",
            "Advertisement",
            "Sponsored",
            "Home",
            "Search",
            "Trucks queue",
            "Related",
            "Rebels advance in the east",
            "All rights reserved",
            "font-size")) {
      assertFalse(text.contains(furniture), furniture + " survived:\n" + text);
    }
    assertFalse(text.contains("<") || text.contains("&ldquo;"), text);
  }

  @Test
  void readsTheHeadsMetadata() throws Exception {
    ArticleMetadata m = HtmlArticle.parse(fixture()).metadata();
    assertEquals("The Daily Ledger", m.publisher().orElseThrow());
    assertEquals("https://ledger.example/world/varo-crossing", m.url().orElseThrow());
    assertEquals(LocalDate.of(2023, 5, 2), m.published().orElseThrow());
    assertEquals("en-GB", m.language().orElseThrow());
  }

  @Test
  void withoutArticleOrMainTheWordiestBlockWinsAndTheTitleComesFromTheHead() {
    String html =
        "<html><head><title>Ceasefire holds</title>"
            + "<link rel=canonical href='https://x.example/c'></head><body>"
            + "<div id=menu><p>Home</p><p>News</p></div>"
            + "<div id=story><p>The ceasefire held overnight, officials said.</p>"
            + "<p>Both sides accused each other of violations.</p></div>"
            + "<div id=footer><p>Contact us</p></div></body></html>";
    HtmlArticle page = HtmlArticle.parse(html);
    assertEquals(
        "Ceasefire holds\n\nThe ceasefire held overnight, officials said.\n\n"
            + "Both sides accused each other of violations.\n",
        page.text());
    assertEquals("https://x.example/c", page.metadata().url().orElseThrow());
    assertTrue(page.metadata().published().isEmpty());
  }

  @Test
  void theReaderTakesHtmlFilesAndTheSidecarWins() throws Exception {
    Path page = Files.writeString(dir.resolve("varo.html"), fixture());
    Files.writeString(dir.resolve("varo.meta.json"), "{\"publisher\":\"Ledger Wire\"}");
    ArticleSource a = new ArticleFileReader().read(page);
    assertTrue(a.text().startsWith("Army says it holds the Varo crossing\n\n"), a.text());
    assertFalse(a.text().contains("SCRIPT-TEXT"));
    assertEquals("Ledger Wire", a.metadata().publisher().orElseThrow());
    assertEquals(LocalDate.of(2023, 5, 2), a.metadata().published().orElseThrow());
    assertEquals("varo", a.slug());
  }
}
