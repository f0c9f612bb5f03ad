package org.claimgraph.extract;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.claimgraph.extract.model.ExtractedArticle;
import org.claimgraph.extract.source.ArticleMetadata;
import org.claimgraph.extract.source.ArticleSource;
import org.claimgraph.graph.GazetteerReader;

/**
 * The extractor on thousands of generated inputs (random Unicode, news-like sentences built from
 * reporting verbs, quotes and numbers, huge tokens): nothing escapes {@link
 * ArticleExtractor#extract}, and every span in what it returns lies within the text.
 */
class ExtractorPropertiesTest {

  private static final ArticleExtractor EXTRACTOR =
      new ArticleExtractor(GazetteerReader.readBundled());

  private static final List<String> CLAIMANTS =
      List.of(
          "The Taliban",
          "A spokesman for the Ministry of Interior, Tareq Arian,",
          "Zabihullah Mujahid",
          "Russia's foreign ministry",
          "Local officials",
          "Witnesses",
          "The army",
          "He",
          "They",
          "Sources close to the government",
          "Maria Zakharova");
  private static final List<String> VERBS =
      List.of(
          "said",
          "claimed",
          "denied",
          "insisted",
          "warned",
          "confirmed",
          "told reporters",
          "alleged",
          "feared",
          "urged",
          "reported",
          "acknowledged");
  private static final List<String> CONTENTS =
      List.of(
          "fighters captured the Islam Qala crossing",
          "forces controlled %s of the territory",
          "%s soldiers crossed into Iran on Friday",
          "the border post collected %s in revenue each month",
          "it was impossible to verify the claim independently",
          "the government disputed the figure",
          "%s people were killed earlier this week",
          "the town fell in the first week of July");
  private static final List<String> NUMBERS =
      List.of(
          "300",
          "1,200",
          "85%",
          "85 percent",
          "three hundred",
          "about 2,000",
          "$20 million",
          "a third",
          "dozens",
          "0",
          "-5",
          "1e9",
          "99999999999999999999");

  @Example
  void theSpanWalkerFindsTheSpansOfAClaim() {
    String text = "Title\n\nThe Taliban said that fighters captured the Islam Qala crossing.\n";
    List<Span> spans =
        spansIn(
            EXTRACTOR.extract(
                new ArticleSource("t", Path.of("t.txt"), text, "0", ArticleMetadata.empty())));
    if (spans.size() < 5) {
      throw new AssertionError("expected the title, sentence, mentions and claim: " + spans);
    }
  }

  @Property(tries = 1500)
  void randomUnicodeNeverBreaksIt(@ForAll("unicode") String text) {
    check(text);
  }

  @Property(tries = 1500)
  void newsLikeTextNeverBreaksIt(@ForAll("newsLike") String text) {
    check(text);
  }

  @Property(tries = 200)
  void hugeTokensNeverBreakIt(@ForAll("hugeTokens") String text) {
    check(text);
  }

  @Provide
  Arbitrary<String> unicode() {
    return Arbitraries.strings().all().ofMaxLength(3000);
  }

  @Provide
  Arbitrary<String> newsLike() {
    Arbitrary<String> content =
        Combinators.combine(Arbitraries.of(CONTENTS), Arbitraries.of(NUMBERS))
            .as((c, n) -> c.contains("%s") ? String.format(c, n) : c);
    Arbitrary<String> sentence =
        Combinators.combine(
                Arbitraries.of(CLAIMANTS),
                Arbitraries.of(VERBS),
                content,
                Arbitraries.of("\"%s\"", "“%s”", "'%s'", "that %s", "%s", "“%s", "%s”"),
                Arbitraries.of(0, 1, 2))
            .as(
                (who, verb, what, quote, shape) ->
                    switch (shape) {
                      case 0 -> who + " " + verb + " " + String.format(quote, what) + ".";
                      case 1 ->
                          String.format(quote, capitalise(what)) + ", " + who + " " + verb + ".";
                      default -> "According to " + who + ", " + what + ".";
                    });
    Arbitrary<String> paragraph =
        sentence.list().ofMinSize(1).ofMaxSize(6).map(s -> String.join(" ", s));
    return Combinators.combine(
            Arbitraries.of("Taliban seize crossing", "Read also: more news", "", "Photo: Reuters"),
            paragraph.list().ofMinSize(0).ofMaxSize(8),
            Arbitraries.of("\n\n", "\n", "\n\n\n", " "))
        .as((title, paras, sep) -> title + "\n\n" + String.join(sep, paras));
  }

  @Provide
  Arbitrary<String> hugeTokens() {
    Arbitrary<String> token =
        Arbitraries.strings().withChars("aZ09.,-'\"“”%$").ofMinLength(5_000).ofMaxLength(20_000);
    return Combinators.combine(Arbitraries.of(CLAIMANTS), Arbitraries.of(VERBS), token)
        .as((who, verb, t) -> "Title\n\n" + who + " " + verb + " " + t + " on Friday.\n");
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static void check(String text) {
    ArticleSource source =
        new ArticleSource(
            "generated", Path.of("generated.txt"), text, "0", ArticleMetadata.empty());
    ExtractedArticle article = EXTRACTOR.extract(source);
    for (Span span : spansIn(article)) {
      if (span.end() > text.length()) {
        throw new AssertionError(span + " lies beyond the text's " + text.length() + " chars");
      }
    }
  }

  /** Every {@link Span} reachable through records, lists and optionals. */
  static List<Span> spansIn(Object root) {
    List<Span> found = new ArrayList<>();
    walk(root, found, new IdentityHashMap<>());
    return found;
  }

  private static void walk(Object o, List<Span> found, Map<Object, Boolean> seen) {
    if (o == null || o instanceof ArticleSource || seen.put(o, Boolean.TRUE) != null) {
      return;
    }
    if (o instanceof Span span) {
      found.add(span);
    } else if (o instanceof Optional<?> opt) {
      opt.ifPresent(v -> walk(v, found, seen));
    } else if (o instanceof Collection<?> c) {
      c.forEach(v -> walk(v, found, seen));
    } else if (o instanceof Map<?, ?> m) {
      m.values().forEach(v -> walk(v, found, seen));
    } else if (o.getClass().isRecord()) {
      for (RecordComponent rc : o.getClass().getRecordComponents()) {
        try {
          walk(rc.getAccessor().invoke(o), found, seen);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
    }
  }
}
