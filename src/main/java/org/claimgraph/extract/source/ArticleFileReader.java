package org.claimgraph.extract.source;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonSyntaxException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads an article file and its {@code NAME.meta.json} sidecar, refusing what is not a readable
 * article with an {@link InputProblem} that names the file and the problem.
 */
public final class ArticleFileReader {

  /** Articles larger than this are refused: no news report is 20 MB of text. */
  public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

  /**
   * Plain-text lines longer than this are refused: a news paragraph is a few thousand characters,
   * and a multi-megabyte line (a dump, a base64 blob, text with its line breaks lost) makes
   * extraction crawl (a 4 MB line of words did not finish in two minutes).
   */
  public static final int MAX_LINE_CHARS = 100_000;

  private final long maxBytes;

  public ArticleFileReader() {
    this(DEFAULT_MAX_BYTES);
  }

  public ArticleFileReader(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** Whether {@code file} looks like an article this reader takes, judged by its name. */
  public static boolean isArticleFile(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return (name.endsWith(".txt") || name.endsWith(".html") || name.endsWith(".htm"))
        && !name.startsWith(".");
  }

  public ArticleSource read(Path file) throws InputProblem {
    if (!Files.exists(file)) {
      throw new InputProblem(file, "no such file; check the path");
    }
    if (Files.isDirectory(file)) {
      throw new InputProblem(file, "is a directory, not an article file");
    }
    if (!Files.isReadable(file)) {
      throw new InputProblem(file, "cannot be read (permissions)");
    }
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > maxBytes) {
        throw new InputProblem(
            file,
            "is "
                + size / (1024 * 1024)
                + " MB, over the "
                + maxBytes / (1024 * 1024)
                + " MB limit for one article; split it");
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new InputProblem(file, "cannot be read: " + e.getMessage());
    }
    String text = normalise(decode(file, bytes));
    ArticleMetadata metadata = readSidecar(sidecarOf(file));
    if (isHtml(file)) {
      HtmlArticle page = HtmlArticle.parse(text);
      text = page.text();
      metadata = MetadataMerge.preferFirst(metadata, page.metadata());
    }
    if (text.isBlank()) {
      throw new InputProblem(file, "is empty; an article needs a title line and some text");
    }
    if (!isHtml(file)) {
      checkLineLengths(file, text);
    }
    var language = LanguageCheck.problem(text, metadata.language());
    if (language.isPresent()) {
      throw new InputProblem(file, language.get());
    }
    return new ArticleSource(slugOf(file), file, text, sha256(bytes), metadata);
  }

  private static boolean isHtml(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".html") || name.endsWith(".htm");
  }

  private static void checkLineLengths(Path file, String text) throws InputProblem {
    int line = 1;
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf('\n', start);
      int stop = end < 0 ? text.length() : end;
      if (stop - start > MAX_LINE_CHARS) {
        throw new InputProblem(
            file,
            "line "
                + line
                + " is "
                + (stop - start)
                + " characters long, over the limit of "
                + MAX_LINE_CHARS
                + " for one paragraph; is it really an article? Break it into paragraphs");
      }
      if (end < 0) {
        break;
      }
      start = end + 1;
      line++;
    }
  }

  /** The sidecar of {@code article.txt} is {@code article.meta.json} beside it. */
  public static Path sidecarOf(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    return file.resolveSibling(stem + ".meta.json");
  }

  /** The article's id: its file name without extension, folded to a slug. */
  public static String slugOf(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    return Slugs.slug(stem);
  }

  private static String decode(Path file, byte[] bytes) throws InputProblem {
    if (looksBinary(bytes)) {
      throw new InputProblem(
          file,
          "is a binary file (" + binaryKind(bytes) + "), not text; give a .txt or .html article");
    }
    if (bytes.length >= 2
        && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
            || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
      throw new InputProblem(
          file, "is UTF-16; convert it to UTF-8 (e.g. iconv -f UTF-16 -t UTF-8)");
    }
    int offset = 0;
    if (bytes.length >= 3
        && bytes[0] == (byte) 0xEF
        && bytes[1] == (byte) 0xBB
        && bytes[2] == (byte) 0xBF) {
      offset = 3; // UTF-8 byte order mark: harmless, dropped
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
          .toString();
    } catch (CharacterCodingException e) {
      throw new InputProblem(
          file,
          "is not valid UTF-8 (first bad byte at offset "
              + firstInvalidUtf8(bytes, offset)
              + "); convert it to UTF-8");
    }
  }

  private static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, 8192);
    for (int i = 0; i < n; i++) {
      if (bytes[i] == 0) {
        // UTF-16 text has NULs too; it is reported separately by its byte order mark.
        boolean utf16Bom =
            bytes.length >= 2
                && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                    || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE));
        return !utf16Bom;
      }
    }
    return startsWith(bytes, "%PDF") || startsWith(bytes, "\u0089PNG") || isGzip(bytes);
  }

  private static String binaryKind(byte[] bytes) {
    if (startsWith(bytes, "%PDF")) {
      return "PDF";
    }
    if (bytes.length > 3 && bytes[0] == (byte) 0x89 && bytes[1] == 'P' && bytes[2] == 'N') {
      return "PNG image";
    }
    if (isGzip(bytes)) {
      return "gzip archive";
    }
    return "contains NUL bytes";
  }

  private static boolean isGzip(byte[] bytes) {
    return bytes.length > 2 && bytes[0] == (byte) 0x1F && bytes[1] == (byte) 0x8B;
  }

  private static boolean startsWith(byte[] bytes, String prefix) {
    if (bytes.length < prefix.length()) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if ((bytes[i] & 0xFF) != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static int firstInvalidUtf8(byte[] bytes, int from) {
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    // Binary search would be faster; articles are small and this runs only on failure.
    int lo = from;
    int hi = bytes.length;
    while (hi - lo > 1) {
      int mid = (lo + hi) >>> 1;
      try {
        decoder.reset().decode(ByteBuffer.wrap(bytes, from, mid - from));
        lo = mid;
      } catch (CharacterCodingException e) {
        hi = mid;
      }
    }
    return lo;
  }

  /** Line breaks become '\n', so that offsets mean the same on every platform. */
  private static String normalise(String text) {
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }

  private static ArticleMetadata readSidecar(Path sidecar) throws InputProblem {
    if (!Files.exists(sidecar)) {
      return ArticleMetadata.empty();
    }
    JsonObject json;
    try {
      JsonElement parsed = JsonParser.parseString(Files.readString(sidecar));
      if (!parsed.isJsonObject()) {
        throw new InputProblem(sidecar, "metadata must be a JSON object {\"title\": …}");
      }
      json = parsed.getAsJsonObject();
    } catch (JsonSyntaxException e) {
      throw new InputProblem(sidecar, "metadata is not valid JSON: " + rootMessage(e));
    } catch (IOException e) {
      throw new InputProblem(sidecar, "cannot be read: " + e.getMessage());
    }
    Optional<LocalDate> published = Optional.empty();
    Optional<String> date = string(json, "published");
    if (date.isPresent()) {
      try {
        published =
            Optional.of(
                LocalDate.parse(date.get().substring(0, Math.min(10, date.get().length()))));
      } catch (DateTimeParseException e) {
        throw new InputProblem(
            sidecar, "\"published\" is not a date: \"" + date.get() + "\"; use YYYY-MM-DD");
      }
    }
    return new ArticleMetadata(
        string(json, "url"),
        string(json, "title"),
        string(json, "publisher"),
        published,
        string(json, "datePrecision"),
        string(json, "language"),
        string(json, "note"));
  }

  private static Optional<String> string(JsonObject json, String key) {
    JsonElement e = json.get(key);
    if (e == null || e.isJsonNull()) {
      return Optional.empty();
    }
    String s = e.isJsonPrimitive() ? e.getAsString().strip() : e.toString();
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage();
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
