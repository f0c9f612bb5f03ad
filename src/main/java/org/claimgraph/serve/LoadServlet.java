package org.claimgraph.serve;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.claimgraph.extract.source.ArticleFileReader;
import org.claimgraph.extract.source.InputProblem;
import org.claimgraph.store.LoadReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /claimgraph/load}: articles sent by an authenticated user are loaded into the running
 * server's store by the same loader as {@code claimgraph load} (one write transaction for the batch
 * and its rules; readers see all of it or none). Registered only when the server has a password
 * file; only its users with the load role may load (others get 403, unknown users 401).
 *
 * <p>Body: {@code {"force": false, "articles": [{"name": "a.txt", "content": BASE64, "meta":
 * "{…}"}]}}; the file's bytes travel as base64 so that its content hash is the same as a local
 * load's.
 */
final class LoadServlet extends HttpServlet {

  private static final Logger LOG = LoggerFactory.getLogger(LoadServlet.class);

  /** A batch larger than this is refused before it is read: 20 MB articles, base64, with room. */
  static final long MAX_BODY_BYTES = 64L * 1024 * 1024;

  private final PasswordFile users;
  private final ArticleIntake intake;

  LoadServlet(PasswordFile users, ArticleIntake intake) {
    this.users = users;
    this.intake = intake;
  }

  @Override
  protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    if (!"POST".equals(req.getMethod())) {
      resp.setHeader("Allow", "POST");
      send(resp, 405, "Only POST: send articles to load.");
      return;
    }
    String user = authenticatedUser(req);
    if (user == null) {
      resp.setHeader("WWW-Authenticate", "Basic realm=\"claimgraph\", charset=\"UTF-8\"");
      send(resp, 401, "Loading needs a user and password from the server's password file.");
      return;
    }
    if (!users.mayLoad(user)) {
      // Known and right password, but no right to write: 403, so that the client does not ask
      // for other credentials.
      LOG.info("{} tried to load without the load role: refused", user);
      send(
          resp,
          403,
          "User '"
              + user
              + "' may not load articles: the server's password file gives them no load role.");
      return;
    }
    if (req.getContentLengthLong() > MAX_BODY_BYTES) {
      send(
          resp, 413, "The batch is over " + MAX_BODY_BYTES / 1048576 + " MB; send fewer articles.");
      return;
    }
    Path folder = Files.createTempDirectory("claimgraph-load-");
    try {
      boolean force = readBatch(req, folder);
      LoadReport report;
      // One load at a time: TDB2 has one writer anyway, and queued loads keep their order.
      synchronized (this) {
        report = intake.load(List.of(folder), force);
      }
      LOG.info("{} loaded {} article(s) over HTTP", user, report.loaded().size());
      JsonObject answer = new JsonObject();
      answer.add("loaded", strings(report.loaded()));
      answer.add("unchanged", strings(report.unchanged()));
      answer.addProperty("triples", report.triples());
      answer.addProperty("millis", report.millis());
      resp.setStatus(200);
      resp.setContentType("application/json;charset=utf-8");
      resp.getOutputStream().write(answer.toString().getBytes(StandardCharsets.UTF_8));
    } catch (InputProblem e) {
      // The user sees the file's own name, not our temporary folder.
      send(resp, 400, e.getMessage().replace(folder.toString() + "/", ""));
    } catch (BadRequest e) {
      send(resp, 400, e.getMessage());
    } catch (RuntimeException e) {
      LOG.error("Load over HTTP failed", e);
      send(resp, 500, "The server failed to load the articles; see its log.");
    } finally {
      deleteTree(folder);
    }
  }

  private String authenticatedUser(HttpServletRequest req) {
    String header = req.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    String decoded;
    try {
      decoded =
          new String(
              Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      return null;
    }
    String user = decoded.substring(0, colon);
    return users.accepts(user, decoded.substring(colon + 1)) ? user : null;
  }

  /** Writes the batch's files into {@code folder}; returns its force flag. */
  private static boolean readBatch(HttpServletRequest req, Path folder) throws IOException {
    JsonObject batch;
    try (InputStream in = req.getInputStream()) {
      byte[] body = in.readNBytes((int) MAX_BODY_BYTES + 1);
      if (body.length > MAX_BODY_BYTES) {
        throw new BadRequest("The batch is over " + MAX_BODY_BYTES / 1048576 + " MB.");
      }
      JsonElement json = JsonParser.parseString(new String(body, StandardCharsets.UTF_8));
      if (!json.isJsonObject() || !json.getAsJsonObject().has("articles")) {
        throw new BadRequest("Expected {\"articles\": [{\"name\", \"content\", \"meta\"}]}.");
      }
      batch = json.getAsJsonObject();
    } catch (JsonParseException | IllegalStateException e) {
      throw new BadRequest("The body is not the JSON batch claimgraph load sends.");
    }
    JsonArray articles = batch.getAsJsonArray("articles");
    if (articles.isEmpty()) {
      throw new BadRequest("The batch holds no articles.");
    }
    for (JsonElement e : articles) {
      if (!e.isJsonObject()) {
        throw new BadRequest("Each article is an object {\"name\", \"content\", \"meta\"}.");
      }
      JsonObject a = e.getAsJsonObject();
      String name =
          a.has("name") ? Path.of(a.get("name").getAsString()).getFileName().toString() : "";
      // Only a plain article file name: no folders, no dot files, nothing but .txt/.html.
      if (!name.matches("[\\p{L}\\p{N} ._()-]{1,200}")
          || !ArticleFileReader.isArticleFile(Path.of(name))) {
        throw new BadRequest("Article name '" + name + "' is not a .txt or .html file name.");
      }
      Path file = folder.resolve(name);
      if (Files.exists(file)) {
        throw new BadRequest("Article name '" + name + "' is in the batch twice.");
      }
      try {
        Files.write(file, Base64.getDecoder().decode(a.get("content").getAsString()));
      } catch (IllegalArgumentException | NullPointerException ex) {
        throw new BadRequest("Article '" + name + "': content is not base64.");
      }
      if (a.has("meta") && !a.get("meta").isJsonNull()) {
        Files.writeString(ArticleFileReader.sidecarOf(file), a.get("meta").getAsString());
      }
    }
    return batch.has("force") && batch.get("force").getAsBoolean();
  }

  private static JsonArray strings(List<String> values) {
    JsonArray array = new JsonArray();
    values.forEach(array::add);
    return array;
  }

  private static void send(HttpServletResponse resp, int status, String message)
      throws IOException {
    resp.setStatus(status);
    resp.setContentType("text/plain;charset=utf-8");
    resp.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
  }

  private static void deleteTree(Path folder) {
    try (Stream<Path> walk = Files.walk(folder)) {
      List<Path> all = new ArrayList<>(walk.toList());
      all.sort(Comparator.reverseOrder());
      for (Path p : all) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      LOG.warn("Could not remove {}: {}", folder, e.getMessage());
    }
  }

  /** A body that is not a batch; its message is the answer. */
  private static final class BadRequest extends RuntimeException {
    BadRequest(String message) {
      super(message);
    }
  }
}
