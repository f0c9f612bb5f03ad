package org.claimgraph.extract.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Pages that carry their metadata in JSON-LD, microdata or CMS meta names, as real sites do. */
class PageMetadataTest {

  private static ArticleMetadata read(String head, String body) {
    return HtmlArticle.parse(
            "<html><head>"
                + head
                + "</head><body><article><h1>Ceasefire holds</h1>"
                + "<p>The ceasefire held overnight, officials said.</p>"
                + body
                + "</article></body></html>")
        .metadata();
  }

  @Test
  void jsonLdNewsArticleInsideAGraphGivesDatePublisherUrlAndLanguage() {
    String jsonLd =
        """
        <script type="application/ld+json">
        {"@context": "https://schema.org", "@graph": [
          {"@type": "WebPage", "@id": "https://news.example/p#page", "datePublished": "2020-01-01"},
          {"@type": ["NewsArticle"], "headline": "Ceasefire holds",
           "datePublished": "2024-03-14T23:30:00-05:00",
           "mainEntityOfPage": {"@id": "https://news.example/world/ceasefire"},
           "publisher": {"@type": "NewsMediaOrganization", "name": "Valley Broadcasting"},
           "inLanguage": "en-US"}]}
        </script>""";
    ArticleMetadata m = read(jsonLd, "");
    // the day as the page writes it, not the UTC day (which would be the 15th)
    assertEquals(Optional.of(LocalDate.of(2024, 3, 14)), m.published());
    assertEquals(Optional.of("exact"), m.datePrecision());
    assertEquals(Optional.of("Valley Broadcasting"), m.publisher());
    assertEquals(Optional.of("https://news.example/world/ceasefire"), m.url());
    assertEquals(Optional.of("en-US"), m.language());
  }

  @Test
  void openGraphIsAskedBeforeJsonLdAndABrokenBlockIsSkipped() {
    String head =
        "<meta property='og:site_name' content='The Ledger'>"
            + "<meta property='article:published_time' content='2023-05-02T08:00:00Z'>"
            + "<script type='application/ld+json'>{\"@type\": \"NewsArticle\",</script>"
            + "<script type='application/ld+json'>{\"@type\": \"NewsArticle\","
            + " \"datePublished\": \"2023-05-01\", \"publisher\": \"Other\"}</script>";
    ArticleMetadata m = read(head, "");
    assertEquals(Optional.of(LocalDate.of(2023, 5, 2)), m.published());
    assertEquals(Optional.of("The Ledger"), m.publisher());
  }

  @Test
  void cmsMetaNamesMicrodataAndTimeElementsDateThePage() {
    assertEquals(
        Optional.of(LocalDate.of(2022, 11, 13)),
        read("<meta name='DC.date.issued' content='2022-11-13'>", "").published());
    assertEquals(
        Optional.of(LocalDate.of(2022, 11, 13)),
        read("<meta name='pubdate' content='2022/11/13'>", "").published());
    assertEquals(
        Optional.of(LocalDate.of(2021, 7, 10)),
        read("<meta name='date' content='Sat, 10 Jul 2021 08:30:00 GMT'>", "").published());
    assertEquals(
        Optional.of(LocalDate.of(2025, 9, 17)),
        read(
                "",
                "<p>By A. Writer, <span itemprop='datePublished' datetime='2025-09-17'>"
                    + "17 September</span></p>")
            .published());
    assertEquals(
        Optional.of(LocalDate.of(2025, 9, 18)),
        read("", "<p>Updated <time datetime='2025-09-18T10:00'>yesterday</time></p>").published());
  }

  @Test
  void withoutAnyDateThePublicationDateStaysUnknown() {
    ArticleMetadata m = read("<meta name='date' content='last Tuesday'>", "");
    assertTrue(m.published().isEmpty());
    assertTrue(m.datePrecision().isEmpty());
  }

  @Test
  void openGraphLocaleGivesTheLanguageWhenTheHtmlElementHasNone() {
    assertEquals(
        Optional.of("fr-FR"), read("<meta property='og:locale' content='fr_FR'>", "").language());
  }

  @Test
  void aPageWithoutH1OrOgTitleTakesJsonLdsHeadline() {
    HtmlArticle page =
        HtmlArticle.parse(
            "<html><head><title>Site | Home</title><script type='application/ld+json'>"
                + "{\"@type\": \"ReportageNewsArticle\", \"headline\": \"Rebels take Varo\"}"
                + "</script></head><body><article><p>Rebels took Varo on Monday, the army"
                + " said.</p></article></body></html>");
    assertTrue(page.text().startsWith("Rebels take Varo\n\n"), page.text());
  }
}
