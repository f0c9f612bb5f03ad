package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Fuseki's web UI, served by {@code claimgraph serve}, looked at in a real headless browser. */
class FusekiUiIT {

  @TempDir Path work;

  @Test
  void theUiListsTheDatasetAndRunsAQuery() throws Exception {
    try (CliProcess.Server server =
            CliProcess.Server.start(
                work,
                Duration.ofSeconds(90),
                "--store",
                work.resolve("store").toString(),
                "serve",
                "--port",
                "0");
        HeadlessBrowser browser = new HeadlessBrowser(work.resolve("chromium-profile"))) {
      var driver = browser.driver;
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));

      driver.get(server.baseUrl);
      wait.until(d -> d.findElement(By.tagName("body")).getText().contains("/claimgraph"));
      browser.screenshot("fuseki-ui-datasets");

      driver.get(server.baseUrl + "#/dataset/claimgraph/query");
      wait.until(d -> !d.findElements(By.cssSelector(".yasqe")).isEmpty());
      // The UI's default query lists ten triples; run it and wait for the results table.
      By run = By.cssSelector(".yasqe_queryButton");
      wait.until(d -> !d.findElements(run).isEmpty());
      driver.findElement(run).click();
      wait.until(d -> d.findElement(By.tagName("body")).getText().contains("Showing"));
      Path shot = browser.screenshot("fuseki-ui-query");
      String page = driver.findElement(By.tagName("body")).getText();
      assertTrue(
          page.contains("https://w3id.org/claimgraph/"), "results show our IRIs; see " + shot);
    }
  }
}
