package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of bad input through the real jar: each is refused with one line naming what and
 * where, a non-zero exit, and the store left exactly as it was (same quad count, same SHA-256 of
 * its sorted N-Quads dump).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputIT {

  private static final String ENGLISH =
      "Fighters seize border town\n\n"
          + "Fighters said on Monday that they had taken the town of Dunavar, and the army said that"
          + " its soldiers were still holding the bridge.\n";

  @TempDir static Path work;
  private Path store;

  /** How many bad inputs the suite tried; the README quotes it. */
  private static int tried;

  @BeforeAll
  void loadOneGoodArticle() throws Exception {
    store = work.resolve("store");
    Path good = Files.writeString(work.resolve("good.txt"), ENGLISH);
    CliProcess.Result r =
        CliProcess.run(work, "--store", store.toString(), "load", good.toString());
    assertEquals(0, r.exitCode(), r.toString());
  }

  /** Runs claimgraph with {@code args}; it must fail with one clear line, store untouched. */
  private void refused(String[] fragments, String... args) throws Exception {
    StoreDigest before = StoreDigest.of(store);
    List<String> all = new ArrayList<>(List.of("--store", store.toString()));
    all.addAll(List.of(args));
    CliProcess.Result r = CliProcess.run(work, all.toArray(String[]::new));
    tried++;
    assertEquals(1, r.exitCode(), r.toString());
    List<String> ours = r.err().lines().filter(l -> l.startsWith("claimgraph: ")).toList();
    assertEquals(1, ours.size(), "exactly one line for the user:\n" + r.err());
    String[] lines = r.err().strip().split("\n");
    assertEquals(ours.get(0), lines[lines.length - 1], "the user's line comes last");
    for (String f : fragments) {
      assertTrue(ours.get(0).contains(f), "expected '" + f + "' in: " + ours.get(0));
    }
    assertFalse(r.err().contains("\tat "), "no stack trace without --verbose:\n" + r.err());
    assertFalse(r.err().contains("internal error"), r.err());
    assertEquals(before, StoreDigest.of(store), "the store is unchanged after: " + ours.get(0));
  }

  private static String[] expect(String... fragments) {
    return fragments;
  }

  private Path write(String name, byte[] bytes) throws Exception {
    return Files.write(work.resolve(name), bytes);
  }

  private Path write(String name, String text) throws Exception {
    return Files.writeString(work.resolve(name), text);
  }

  @Test
  void missingPathAndFolders() throws Exception {
    refused(expect("nowhere.txt", "no such file"), "load", work.resolve("nowhere.txt").toString());
    Path empty = Files.createDirectories(work.resolve("empty-folder"));
    refused(expect("empty-folder", "holds no article files"), "load", empty.toString());
    refused(expect("empty-folder", "is a folder"), "query", empty.toString());
  }

  @Test
  void emptyAndBlankFiles() throws Exception {
    refused(expect("empty.txt", "is empty"), "load", write("empty.txt", "").toString());
    refused(expect("blank.txt", "is empty"), "load", write("blank.txt", " \n\t\n \n").toString());
  }

  @Test
  void binaryFiles() throws Exception {
    Path pdf =
        write(
            "report.txt",
            "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1));
    refused(expect("report.txt", "binary file (PDF)"), "load", pdf.toString());
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 'I', 'H'};
    refused(expect("photo.txt", "PNG image"), "load", write("photo.txt", png).toString());
    Path gz = work.resolve("archive.txt");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(ENGLISH.getBytes(StandardCharsets.UTF_8));
    }
    refused(expect("archive.txt", "gzip archive"), "load", gz.toString());
  }

  @Test
  void badEncodings() throws Exception {
    byte[] latin1 =
        ("Title\n\nCaf\u00e9 owners said the town was calm.\n")
            .getBytes(StandardCharsets.ISO_8859_1);
    refused(
        expect("latin1.txt", "not valid UTF-8", "offset 10"),
        "load",
        write("latin1.txt", latin1).toString());
    byte[] utf16 = ENGLISH.getBytes(StandardCharsets.UTF_16); // Java writes a big-endian BOM
    refused(
        expect("utf16.txt", "is UTF-16", "iconv"), "load", write("utf16.txt", utf16).toString());
  }

  @Test
  void aFiftyMegabyteTextIsRefusedBySize() throws Exception {
    Path big = work.resolve("huge.txt");
    String paragraph = ENGLISH.substring(ENGLISH.indexOf("\n\n") + 2) + "\n";
    try (BufferedWriter w = Files.newBufferedWriter(big)) {
      w.write("A very long report\n\n");
      long written = 0;
      while (written < 50L * 1024 * 1024) {
        w.write(paragraph);
        written += paragraph.length();
      }
    }
    refused(
        expect("huge.txt", "is 50 MB, over the 20 MB limit", "split it"), "load", big.toString());
  }

  @Test
  void aFiveMegabyteLineIsRefusedByLineLength() throws Exception {
    // Decision: refused, not loaded. A 4 MB line of words did not finish extracting in two
    // minutes; no news paragraph is longer than 100,000 characters.
    String line = "the army said that fighters held the crossing ".repeat(5 * 1024 * 1024 / 46);
    Path f = write("one-line.txt", "Title\n\n" + line + "\n");
    refused(
        expect("one-line.txt", "line 3 is", "characters long", "Break it into paragraphs"),
        "load",
        f.toString());
  }

  @Test
  void badSidecars() throws Exception {
    Path a = write("bad-json.txt", ENGLISH);
    write("bad-json.meta.json", "{\"publisher\": \"Wire\", \"published\": ");
    refused(expect("bad-json.meta.json", "not valid JSON"), "load", a.toString());
    Path b = write("bad-date.txt", ENGLISH);
    write("bad-date.meta.json", "{\"published\": \"last Tuesday\"}");
    refused(
        expect("bad-date.meta.json", "\"published\" is not a date", "YYYY-MM-DD"),
        "load",
        b.toString());
  }

  @Test
  void twoArticlesWithTheSameId() throws Exception {
    Path one = Files.createDirectories(work.resolve("desk-a"));
    Path two = Files.createDirectories(work.resolve("desk-b"));
    Files.writeString(one.resolve("Border Report.txt"), ENGLISH);
    Files.writeString(two.resolve("border-report.txt"), ENGLISH.replace("Monday", "Tuesday"));
    refused(
        expect("border-report.txt", "same article id 'border-report'", "rename one"),
        "load",
        one.toString(),
        two.toString());
  }

  @Test
  void oneBadFileAmongGoodOnesWritesNothing() throws Exception {
    Path folder = Files.createDirectories(work.resolve("mixed"));
    Files.writeString(folder.resolve("a-fine-report.txt"), ENGLISH.replace("Dunavar", "Harrow"));
    Files.writeString(folder.resolve("b-empty.txt"), "");
    refused(expect("b-empty.txt", "is empty"), "load", folder.toString());
  }

  @Test
  void nonEnglishArticles() throws Exception {
    // Decision: refused with a clear line rather than loaded without claims, since an article
    // graph with no claims would read as "this report claims nothing".
    Path declared = write("rapport.txt", ENGLISH);
    write("rapport.meta.json", "{\"language\": \"fr\"}");
    refused(
        expect("rapport.txt", "declares language \"fr\"", "English only"),
        "load",
        declared.toString());
    Path detected =
        write(
            "frontiere.txt",
            "Les talibans ont pris le poste frontière\n\nLes talibans ont pris le contrôle du poste"
                + " frontière d'Islam Qala, selon des responsables afghans. Un porte-parole du"
                + " gouvernement a déclaré que les forces de sécurité avaient quitté la ville"
                + " vendredi, mais il a nié que les combattants contrôlaient toute la province. Les"
                + " informations n'ont pas pu être vérifiées de manière indépendante. Des témoins"
                + " ont affirmé que des centaines de camions étaient bloqués à la frontière.\n");
    refused(
        expect("frontiere.txt", "does not look like English", "\"language\": \"en\""),
        "load",
        detected.toString());
  }

  @Test
  void queryThatIsNotSparqlAndConfigThatDoesNotParse() throws Exception {
    Path q = write("notes.rq", "Which claims are unverified?\n");
    refused(
        expect("notes.rq", "not a valid SPARQL query", "line 1, column 6"), "query", q.toString());
    Path config = write("broken.ttl", "@prefix : <#> .\n:a :b \n");
    refused(
        expect("broken.ttl", "does not parse", "line: 3"),
        "serve",
        "--config",
        config.toString(),
        "--port",
        "0");
  }

  @Test
  void htmlWithScriptsAndStylesHasAClearOutcome() throws Exception {
    Path html =
        write(
            "page.html",
            "<!DOCTYPE html><html><head><title>Fighters seize border town</title>"
                + "<style>body{font:12px serif} .ad{display:none}</style>"
                + "<script>var said='the army said'; window.onload=function(){alert(1)};</script>"
                + "</head><body><h1>Fighters seize border town</h1>"
                + "<p>Fighters said on Monday that they had taken the town of Dunavar.</p>"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\"}</script>"
                + "</body></html>\n");
    StoreDigest before = StoreDigest.of(store);
    CliProcess.Result r =
        CliProcess.run(work, "--store", store.toString(), "load", html.toString());
    tried++;
    assertFalse(r.err().contains("\tat "), r.toString());
    assertFalse(r.err().contains("internal error"), r.toString());
    if (r.exitCode() == 0) {
      assertTrue(r.out().startsWith("Loaded 1 article(s)"), r.toString());
    } else {
      assertEquals(1, r.exitCode(), r.toString());
      assertTrue(
          r.err().strip().lines().reduce((x, y) -> y).orElse("").contains("page.html"),
          r.toString());
      assertEquals(before, StoreDigest.of(store));
    }
  }
}
