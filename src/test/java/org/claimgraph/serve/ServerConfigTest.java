package org.claimgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerConfigTest {

  private static final Path BUNDLED = Path.of("fuseki-config/claimgraph.ttl");

  @TempDir Path dir;

  @Test
  void theBundledConfigIsPointedAtTheChosenStore() {
    ServerConfig config = ServerConfig.read(BUNDLED).withStore(dir.resolve("mystore"));
    assertEquals(dir.resolve("mystore").toAbsolutePath(), config.storeLocation());
  }

  @Test
  void aUsersConfigKeepsItsOwnLocation() {
    ServerConfig config = ServerConfig.read(BUNDLED);
    assertEquals(Path.of("store").toAbsolutePath(), config.storeLocation());
  }

  @Test
  void syntaxErrorsNameLineAndColumn() throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.ttl"), "PREFIX : <#>\n:a :b :c ;\n  :d .\n:e\n");
    ConfigProblem p = assertThrows(ConfigProblem.class, () -> ServerConfig.read(bad));
    assertTrue(p.getMessage().contains("bad.ttl does not parse"), p.getMessage());
    assertTrue(p.getMessage().contains("[line: 3, col: 6 ]"), p.getMessage());
  }

  @Test
  void aConfigWithoutTdb2IsRefused() throws Exception {
    Path mem = Files.writeString(dir.resolve("mem.ttl"), "PREFIX : <#>\n:a :b :c .\n");
    assertTrue(
        assertThrows(ConfigProblem.class, () -> ServerConfig.read(mem))
            .getMessage()
            .contains("no tdb2:DatasetTDB2"));
  }

  @Test
  void onlyLoopbackOrAllInterfaces() {
    ServerConfig config = ServerConfig.read(BUNDLED).withStore(dir.resolve("s"));
    assertTrue(
        assertThrows(ServerProblem.class, () -> ClaimgraphServer.build(config, "10.1.2.3", 0))
            .getMessage()
            .contains("--host 10.1.2.3 is not supported"));
  }
}
