package org.claimgraph.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.claimgraph.extract.source.ArticleFileReader;
import org.claimgraph.extract.source.InputProblem;
import org.claimgraph.serve.ClaimgraphServer;
import org.claimgraph.store.ArticleLoader;

/**
 * Sends articles to a running {@code claimgraph serve --password-file} instead of opening the
 * store, which the server holds. Files are checked here first, so bad input is reported with its
 * local path and nothing is sent; the server then loads the batch with the same loader as a local
 * load.
 */
final class RemoteLoader {

  private final URI endpoint;
  private final String user;
  private final String password;

  RemoteLoader(String server, String user, String password) {
    String base = server.endsWith("/") ? server.substring(0, server.length() - 1) : server;
    this.endpoint = URI.create(base + ClaimgraphServer.LOAD_PATH);
    this.user = user;
    this.password = password;
  }

  /** The server's answer, as the one line {@code load} prints. */
  String load(List<Path> paths, boolean force) throws InputProblem, InterruptedException {
    ArticleFileReader reader = new ArticleFileReader();
    JsonArray articles = new JsonArray();
    for (Path file : ArticleLoader.articleFiles(paths)) {
      reader.read(file); // refuses bad input here, with the local path
      JsonObject a = new JsonObject();
      a.addProperty("name", file.getFileName().toString());
      try {
        a.addProperty("content", Base64.getEncoder().encodeToString(Files.readAllBytes(file)));
        Path sidecar = ArticleFileReader.sidecarOf(file);
        if (Files.isRegularFile(sidecar)) {
          a.addProperty("meta", Files.readString(sidecar));
        }
      } catch (IOException e) {
        throw new InputProblem(file, "cannot be read: " + e.getMessage());
      }
      articles.add(a);
    }
    JsonObject batch = new JsonObject();
    batch.addProperty("force", force);
    batch.add("articles", articles);
    HttpResponse<String> response = send(batch.toString());
    String body = response.body().strip();
    return switch (response.statusCode()) {
      case 200 -> summary(JsonParser.parseString(body).getAsJsonObject());
      case 401 ->
          throw new UserError(
              "The server at "
                  + endpoint
                  + " refused user '"
                  + user
                  + "': wrong user or password.");
      case 403 ->
          throw new UserError(
              "The server at "
                  + endpoint
                  + " knows user '"
                  + user
                  + "' but does not let them load articles; their line in the server's password"
                  + " file needs ', load' after the password.");
      case 404, 405 ->
          throw new UserError(
              "The server at "
                  + endpoint
                  + " does not accept articles; start it with --password-file FILE.");
      case 400, 413 -> throw new UserError("The server refused the batch: " + firstLine(body));
      default ->
          throw new UserError(
              "The server at "
                  + endpoint
                  + " answered "
                  + response.statusCode()
                  + ": "
                  + firstLine(body));
    };
  }

  private HttpResponse<String> send(String json) throws InterruptedException {
    String credentials =
        Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    HttpRequest request =
        HttpRequest.newBuilder(endpoint)
            .header("Content-Type", "application/json")
            .header("Authorization", "Basic " + credentials)
            .timeout(Duration.ofMinutes(10))
            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
            .build();
    try {
      return HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .build()
          .send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (ConnectException e) {
      throw new UserError("Cannot reach the server at " + endpoint + "; is it running?");
    } catch (IOException e) {
      throw new UserError("Sending to " + endpoint + " failed: " + e.getMessage());
    }
  }

  private String summary(JsonObject answer) {
    return String.format(
        "Loaded %d article(s), %d unchanged, %d triples in %.1f s into %s",
        answer.getAsJsonArray("loaded").size(),
        answer.getAsJsonArray("unchanged").size(),
        answer.get("triples").getAsLong(),
        answer.get("millis").getAsLong() / 1000.0,
        endpoint);
  }

  private static String firstLine(String s) {
    return s.lines().findFirst().orElse("(no message)");
  }
}
