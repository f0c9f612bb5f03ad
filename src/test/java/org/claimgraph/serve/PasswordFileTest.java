package org.claimgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PasswordFileTest {

  @TempDir Path dir;

  @Test
  void acceptsOnlyTheRightPasswordOfAKnownUser() throws Exception {
    PasswordFile f =
        PasswordFile.read(
            Files.writeString(dir.resolve("pw"), "# writers\n\neditor: a:b c\nsecond:x\n"));
    assertTrue(f.accepts("editor", "a:b c"));
    assertFalse(f.accepts("editor", "a:b"));
    assertFalse(f.accepts("nobody", "a:b c"));
    assertFalse(f.accepts("second", ""));
    assertEquals("x", f.passwordOf("second"));
    assertThrows(ConfigProblem.class, f::onlyUser);
  }

  @Test
  void refusesFilesWithoutUsersOrWithBadLinesWithoutEchoingThem() throws Exception {
    String none =
        assertThrows(
                ConfigProblem.class,
                () -> PasswordFile.read(Files.writeString(dir.resolve("a"), "# none\n")))
            .getMessage();
    assertTrue(none.contains("names no user"), none);
    String bad =
        assertThrows(
                ConfigProblem.class,
                () ->
                    PasswordFile.read(Files.writeString(dir.resolve("b"), "ok: 1\nsecret-only\n")))
            .getMessage();
    assertTrue(bad.contains("line 2") && !bad.contains("secret-only"), bad);
    assertThrows(ConfigProblem.class, () -> PasswordFile.read(dir.resolve("missing")));
  }

  @Test
  void onlyUsersWithTheLoadRoleMayLoad() throws Exception {
    PasswordFile f =
        PasswordFile.read(
            Files.writeString(
                dir.resolve("roles"),
                "editor: e-pass, load\nreader: r-pass\nboth:b , load,load\n"));
    assertTrue(f.accepts("editor", "e-pass"), "the role is not part of the password");
    assertTrue(f.accepts("both", "b"));
    assertTrue(f.mayLoad("editor") && f.mayLoad("both"));
    assertTrue(f.accepts("reader", "r-pass"));
    assertFalse(f.mayLoad("reader"));
    assertFalse(f.mayLoad("nobody"));
    assertEquals(f, f.requireLoader());
  }

  @Test
  void aFileWhereNobodyMayLoadOrWithAnUnknownRoleIsRefused() throws Exception {
    PasswordFile readers =
        PasswordFile.read(Files.writeString(dir.resolve("readers"), "reader: r-pass\n"));
    String none = assertThrows(ConfigProblem.class, readers::requireLoader).getMessage();
    assertTrue(none.contains("gives no user the load role") && none.contains(", load"), none);
    String typo =
        assertThrows(
                ConfigProblem.class,
                () ->
                    PasswordFile.read(
                        Files.writeString(dir.resolve("typo"), "a: 1, load\nb: pa,ss, load\n")))
            .getMessage();
    assertTrue(typo.contains("line 2") && typo.contains("only role is 'load'"), typo);
    assertFalse(typo.contains("pa,ss"), "the line is not echoed: " + typo);
  }
}
