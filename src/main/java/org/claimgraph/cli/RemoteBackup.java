package org.claimgraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.WebContent;
import org.claimgraph.serve.ClaimgraphServer;
import org.claimgraph.store.StoreBackup;

/**
 * Backs up a store that a running {@code claimgraph serve} holds, over HTTP: one GET of the dataset
 * from its read-only graph-store endpoint as N-Quads. Fuseki writes that answer inside one read
 * transaction, so the backup is a consistent snapshot even while articles are being loaded; the
 * quads are checked as they arrive and the file appears only when the whole answer came.
 */
final class RemoteBackup {

  private final URI endpoint;

  RemoteBackup(String server) {
    String base = server.endsWith("/") ? server.substring(0, server.length() - 1) : server;
    this.endpoint = URI.create(base + "/" + ClaimgraphServer.DATASET + "/data");
  }

  URI endpoint() {
    return endpoint;
  }

  /** Writes the server's whole dataset to {@code out}; returns the number of quads. */
  long backup(Path out) throws InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(endpoint)
            .header("Accept", WebContent.contentTypeNQuads)
            .GET()
            .build();
    HttpResponse<InputStream> response;
    try {
      response =
          HttpClient.newBuilder()
              .connectTimeout(Duration.ofSeconds(10))
              .build()
              .send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (ConnectException e) {
      throw new UserError("Cannot reach the server at " + endpoint + "; is it running?");
    } catch (IOException e) {
      throw new UserError("Asking " + endpoint + " for a backup failed: " + e.getMessage());
    }
    try (InputStream body = response.body()) {
      if (response.statusCode() != 200) {
        String answer = new String(body.readNBytes(500), StandardCharsets.UTF_8).strip();
        throw new UserError(
            "The server at "
                + endpoint
                + " answered "
                + response.statusCode()
                + " ("
                + answer.lines().findFirst().orElse("no message")
                + "); back up from a claimgraph serve, whose /claimgraph/data answers GET.");
      }
      return StoreBackup.copy(body, out);
    } catch (IOException e) {
      throw new UserError(
          "The backup from " + endpoint + " failed (" + e.getMessage() + "); no file was written.");
    } catch (RiotException e) {
      throw new UserError(
          "The server at "
              + endpoint
              + " sent something that is not N-Quads ("
              + e.getMessage()
              + "); no backup was written.");
    }
  }
}
