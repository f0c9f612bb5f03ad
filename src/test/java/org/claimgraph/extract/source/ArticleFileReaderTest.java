package org.claimgraph.extract.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleFileReaderTest {

  @TempDir Path dir;
  private final ArticleFileReader reader = new ArticleFileReader(1024 * 1024);

  private String problem(Path file) {
    return assertThrows(InputProblem.class, () -> reader.read(file)).getMessage();
  }

  @Test
  void readsTextAndSidecar() throws Exception {
    Path f =
        Files.writeString(dir.resolve("Border Town Report.txt"), "Title\r\n\r\nBody text.\r\n");
    Files.writeString(
        dir.resolve("Border Town Report.meta.json"),
        "{\"publisher\":\"Wire\",\"published\":\"2021-07-10\",\"url\":\"https://example.org/a\"}");
    ArticleSource a = reader.read(f);
    assertEquals("border-town-report", a.slug());
    assertEquals("Title\n\nBody text.\n", a.text());
    assertEquals(LocalDate.of(2021, 7, 10), a.metadata().published().orElseThrow());
    assertEquals("Wire", a.metadata().publisher().orElseThrow());
    assertEquals(64, a.contentSha256().length());
  }

  @Test
  void refusesWhatIsNotAnArticle() throws Exception {
    assertTrue(problem(dir.resolve("missing.txt")).contains("no such file"));
    assertTrue(problem(dir).contains("is a directory"));
    assertTrue(problem(Files.writeString(dir.resolve("empty.txt"), "")).contains("is empty"));
    assertTrue(
        problem(Files.writeString(dir.resolve("blank.txt"), " \n\t\n")).contains("is empty"));
    assertTrue(
        problem(
                Files.write(
                    dir.resolve("doc.txt"),
                    "%PDF-1.7\n%âãÏÓ".getBytes(StandardCharsets.ISO_8859_1)))
            .contains("PDF"));
    assertTrue(
        problem(Files.write(dir.resolve("img.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1}))
            .contains("PNG"));
    assertTrue(
        problem(Files.write(dir.resolve("gz.txt"), new byte[] {0x1f, (byte) 0x8b, 8, 0}))
            .contains("gzip"));
    assertTrue(
        problem(
                Files.write(
                    dir.resolve("latin1.txt"),
                    "Caf\u00e9 news".getBytes(StandardCharsets.ISO_8859_1)))
            .contains("not valid UTF-8 (first bad byte at offset 3)"));
    assertTrue(
        problem(Files.write(dir.resolve("utf16.txt"), "Title".getBytes(StandardCharsets.UTF_16)))
            .contains("UTF-16"));
    assertTrue(
        problem(Files.write(dir.resolve("huge.txt"), new byte[2 * 1024 * 1024]))
            .contains("over the"));
  }

  @Test
  void badSidecarsNameTheirFile() throws Exception {
    Path f = Files.writeString(dir.resolve("a.txt"), "Title\n\nText.");
    Files.writeString(dir.resolve("a.meta.json"), "{\"published\": ");
    assertTrue(problem(f).contains("a.meta.json: metadata is not valid JSON"));
    Files.writeString(dir.resolve("a.meta.json"), "{\"published\": \"last Tuesday\"}");
    assertTrue(problem(f).contains("\"published\" is not a date"));
  }

  @Test
  void utf8ByteOrderMarkIsDropped() throws Exception {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = "Title\n".getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, all, 0, 3);
    System.arraycopy(body, 0, all, 3, body.length);
    assertEquals("Title\n", reader.read(Files.write(dir.resolve("bom.txt"), all)).text());
  }
}
