package org.claimgraph.cli;

import static org.claimgraph.cli.HttpCalls.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Articles loaded into a running server ({@code serve --password-file} and {@code load --server})
 * while clients keep querying: the count of article graphs never goes down, no query fails, and
 * only the password file's users with the load role may load (others 403, strangers 401).
 */
class LoadWhileServingIT {

  @TempDir Path work;

  @Test
  void loadsWhileClientsQueryAndOnlyWithTheRightPassword() throws Exception {
    Path passwords =
        Files.writeString(
            work.resolve("writers.txt"),
            "# who may load\neditor: s3cret-Pa55, load\nreader: r3ad-0nly\n");
    Path wrong = Files.writeString(work.resolve("wrong.txt"), "editor: guess\n");
    Path stranger = Files.writeString(work.resolve("stranger.txt"), "mallory: s3cret-Pa55\n");
    Path articles = GeneratedArticles.write(work.resolve("articles"), 16, 0);
    try (CliProcess.Server server =
        CliProcess.Server.start(
            work,
            Duration.ofSeconds(120),
            "--store",
            work.resolve("store").toString(),
            "serve",
            "--port",
            "0",
            "--password-file",
            passwords.toString())) {
      String base = server.baseUrl;
      String load = base + "claimgraph/load";
      long initial = HttpCalls.count(base, HttpCalls.ARTICLE_GRAPH_COUNT);
      assertEquals(1, initial, "the sample article");

      // Who may load: nobody anonymous, nobody with a wrong password or unknown name.
      String batch = "{\"articles\":[]}";
      assertEquals(401, send("POST", load, "application/json", batch).statusCode());
      assertEquals(401, send("POST", load, "application/json", batch, "editor:guess").statusCode());
      assertEquals(
          401, send("POST", load, "application/json", batch, "mallory:s3cret-Pa55").statusCode());
      HttpResponse<String> right =
          send("POST", load, "application/json", batch, "editor:s3cret-Pa55");
      assertEquals(400, right.statusCode(), "authenticated, and told the batch is empty");
      assertEquals(405, send("GET", load, null, null, "editor:s3cret-Pa55").statusCode());
      // A known user without the load role: 403 (who they are is known, what they ask is not
      // allowed), and a wrong password for them is still 401.
      HttpResponse<String> readerAnswer =
          send("POST", load, "application/json", batch, "reader:r3ad-0nly");
      assertEquals(403, readerAnswer.statusCode(), readerAnswer.body());
      assertTrue(readerAnswer.body().contains("no load role"), readerAnswer.body());
      assertEquals(401, send("POST", load, "application/json", batch, "reader:guess").statusCode());
      // SPARQL Update and graph-store writes stay closed even with a password file.
      assertTrue(
          send(
                      "PUT",
                      base + "claimgraph/data?graph=urn:x",
                      "text/turtle",
                      "<a:s> <a:p> <a:o> .",
                      "editor:s3cret-Pa55")
                  .statusCode()
              >= 400);
      for (Path bad : List.of(wrong, stranger)) {
        CliProcess.Result r =
            CliProcess.run(
                work,
                "load",
                "--server",
                base,
                "--password-file",
                bad.toString(),
                articles.toString());
        assertEquals(1, r.exitCode(), r.toString());
        assertTrue(r.err().contains("wrong user or password"), r.err());
      }
      CliProcess.Result asReader =
          CliProcess.run(
              work,
              "load",
              "--server",
              base,
              "--user",
              "reader",
              "--password-file",
              passwords.toString(),
              articles.toString());
      assertEquals(1, asReader.exitCode(), asReader.toString());
      assertTrue(asReader.err().contains("does not let them load"), asReader.err());
      assertEquals(1, asReader.err().strip().lines().count(), asReader.err());
      assertEquals(initial, HttpCalls.count(base, HttpCalls.ARTICLE_GRAPH_COUNT));

      // Readers keep asking while batches arrive.
      AtomicBoolean loading = new AtomicBoolean(true);
      AtomicInteger queries = new AtomicInteger();
      ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
      List<Thread> readers = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        Thread reader =
            new Thread(
                () -> {
                  long last = initial;
                  while (loading.get()) {
                    try {
                      long n = HttpCalls.count(base, HttpCalls.ARTICLE_GRAPH_COUNT);
                      queries.incrementAndGet();
                      if (n < last) {
                        problems.add("count went down from " + last + " to " + n);
                      }
                      last = n;
                    } catch (Throwable e) {
                      problems.add(e.toString());
                    }
                  }
                });
        reader.start();
        readers.add(reader);
      }
      List<Path> files;
      try (var list = Files.list(articles)) {
        files = list.sorted().toList();
      }
      try {
        for (int i = 0; i < files.size(); i += 4) {
          List<String> args =
              new ArrayList<>(
                  List.of(
                      "load",
                      "--server",
                      base,
                      "--user",
                      "editor",
                      "--password-file",
                      passwords.toString()));
          files.subList(i, Math.min(i + 4, files.size())).forEach(f -> args.add(f.toString()));
          CliProcess.Result r = CliProcess.run(work, args.toArray(String[]::new));
          assertEquals(0, r.exitCode(), r.toString());
          assertTrue(r.out().startsWith("Loaded 4 article(s), 0 unchanged"), r.out());
        }
      } finally {
        loading.set(false);
        for (Thread reader : readers) {
          reader.join(60_000);
        }
      }
      assertTrue(problems.isEmpty(), problems.toString());
      assertEquals(initial + files.size(), HttpCalls.count(base, HttpCalls.ARTICLE_GRAPH_COUNT));
      // The rules ran in the server too: derived statuses exist for the new claims.
      assertTrue(
          HttpCalls.count(
                  base,
                  "SELECT (COUNT(*) AS ?n) { GRAPH <https://w3id.org/claimgraph/graph/inferred> { ?s ?p ?o } }")
              > 0);
      System.out.printf(
          "load while serving: %d articles in %d batches, %d concurrent queries by 4 clients, 0 errors%n",
          files.size(), files.size() / 4, queries.get());

      // The server checks what it is sent as the CLI does, and names the file, not its temp folder.
      String blank = java.util.Base64.getEncoder().encodeToString("  \n".getBytes());
      HttpResponse<String> empty400 =
          send(
              "POST",
              load,
              "application/json",
              "{\"articles\":[{\"name\":\"../blank.txt\",\"content\":\"" + blank + "\"}]}",
              "editor:s3cret-Pa55");
      assertEquals(400, empty400.statusCode(), empty400.body());
      assertEquals(
          "blank.txt: is empty; an article needs a title line and some text",
          empty400.body().strip());
      HttpResponse<String> script =
          send(
              "POST",
              load,
              "application/json",
              "{\"articles\":[{\"name\":\"run.sh\",\"content\":\"" + blank + "\"}]}",
              "editor:s3cret-Pa55");
      assertEquals(400, script.statusCode(), script.body());
      assertEquals(initial + files.size(), HttpCalls.count(base, HttpCalls.ARTICLE_GRAPH_COUNT));

      // Bad input given to the CLI is refused in one line before anything is sent.
      Path empty = Files.writeString(work.resolve("blank.txt"), "  \n");
      CliProcess.Result bad =
          CliProcess.run(
              work,
              "load",
              "--server",
              base,
              "--user",
              "editor",
              "--password-file",
              passwords.toString(),
              empty.toString());
      assertEquals(1, bad.exitCode(), bad.toString());
      assertTrue(bad.err().contains("blank.txt: is empty"), bad.err());
    }
  }

  @Test
  void aPasswordFileWithoutUsersOrWithoutLoadersIsRefused() throws Exception {
    Path none = Files.writeString(work.resolve("none.txt"), "# nobody yet\n");
    CliProcess.Result r =
        CliProcess.run(
            work, "--store", "s", "serve", "--port", "0", "--password-file", none.toString());
    assertEquals(1, r.exitCode(), r.toString());
    assertTrue(r.err().contains("names no user"), r.err());
    // A file written before roles, or the wrong file: nobody in it may load, so serve refuses it.
    Path readers = Files.writeString(work.resolve("readers.txt"), "editor: s3cret-Pa55\n");
    CliProcess.Result noRole =
        CliProcess.run(
            work, "--store", "s", "serve", "--port", "0", "--password-file", readers.toString());
    assertEquals(1, noRole.exitCode(), noRole.toString());
    assertTrue(noRole.err().contains("gives no user the load role"), noRole.err());
  }
}
