// irscope explain as a user meets it: with no file, the bundled example's two readers side by
// side (the hand-made atomic's loop becomes infinite, std's Relaxed load is kept); a .rs file
// is compiled by rustc first; a missing rustc or a rustc error is an input error that says
// what to do; JSON has the fields the README promises.
package dev.irscope.cli;

import static com.google.common.truth.Truth.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExplainCommandTest extends CommandTest {

  @Test
  void bundledExampleTellsBothReadersStories() {
    assertThat(run("explain")).isEqualTo(Main.OK);
    String text = out.toString();
    assertThat(text).contains("readers::custom::reader");
    assertThat(text).contains("readers::with_std::reader");
    assertThat(text).contains("loop %bb1 (readers.rs, line 32): INFINITE");
    assertThat(text).contains("end state: when `%_2` is 0 on entry, `bb1` branches to itself"
        + " forever");
    assertThat(text).contains("+ nosync");
    assertThat(text).contains("+ memory(argmem: read)");
    assertThat(text).contains("[licm Hoisted] hoisting load");
    assertThat(text).contains("LICM does not consult nosync");
    assertThat(text).contains("JumpThreading");
    assertThat(text).contains("fix: read the flag with an atomic load");
  }

  @Test
  void jsonHasTheVerdictsAndLoads() throws Exception {
    assertThat(run("explain", "--format", "json")).isEqualTo(Main.OK);
    List<String> verdicts = new ArrayList<>();
    List<String> by = new ArrayList<>();
    try (JsonParser p = new JsonFactory().createParser(out.toString())) {
      while (p.nextToken() != null) {
        if (p.currentToken() == JsonToken.FIELD_NAME && p.currentName().equals("verdict")) {
          verdicts.add(p.nextTextValue());
        }
        if (p.currentToken() == JsonToken.FIELD_NAME && p.currentName().equals("by")) {
          p.nextToken();
          by.add(p.getValueAsString());
        }
      }
    }
    assertThat(verdicts.get(0)).isEqualTo("infinite");
    assertThat(by.get(0)).isEqualTo("licm");
    assertThat(out.toString()).contains("\"end_state\" : \"when `%_2` is 0 on entry, `bb1`"
        + " branches to itself forever\"");
  }

  @Test
  void rustSourceIsCompiledFirst() throws Exception {
    Path rs = dir.resolve("spin.rs");
    Files.writeString(rs, "pub static mut READY: bool = false;\n"
        + "#[inline(never)]\npub fn wait() {\n    unsafe { while !READY {} }\n}\n");
    assertThat(run("explain", rs.toString())).isEqualTo(Main.OK);
    assertThat(out.toString()).contains("INFINITE");
  }

  @Test
  void rustcErrorsArePassedOnAsAnInputError() throws Exception {
    Path rs = dir.resolve("bad.rs");
    Files.writeString(rs, "pub fn f( {}\n");
    assertThat(run("explain", rs.toString())).isEqualTo(Main.INPUT_ERROR);
    assertThat(err.toString()).contains("error: rustc failed");
  }

  @Test
  void unknownFunctionIsAnInputError() {
    assertThat(run("explain", "--function", "nope")).isEqualTo(Main.INPUT_ERROR);
    assertThat(err.toString()).contains("no function named @nope");
  }
}
