/*
 * The Splitter scans a large text as two halves on two threads, cut at a line near the middle
 * that starts an entity. The halves must give exactly the chunks of one scan over the whole
 * text (same kinds, names, offsets, lines, columns), or decline. Checked on every .ll file of
 * testdata/ and llvm-test that has such a line (the files are small, so the cut is forced), and
 * on texts where the cut falls inside a string or open brackets, which must decline.
 */
package dev.irscope.parse;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SplitterTest {

  @Test
  void twoHalvesGiveTheChunksOfOneScanOnEveryFile() throws IOException {
    List<String> failures = new ArrayList<>();
    int cutFiles = 0;
    for (Path f : Corpus.everyFile()) {
      byte[] b = Files.readAllBytes(f);
      int cut = Splitter.cutPoint(b);
      if (cut < 0) {
        continue;
      }
      List<Chunk> halves = Splitter.splitInTwo(b, cut);
      if (halves == null) {
        continue; // declined: the caller scans the whole text
      }
      cutFiles++;
      if (!halves.equals(Splitter.splitSequentially(b))) {
        failures.add(f.toString());
      }
    }
    assertWithMessage("files split in two: " + cutFiles).that(cutFiles).isGreaterThan(500);
    assertThat(failures).isEmpty();
  }

  @Test
  void negative_declinesACutInsideAStringOrBrackets() {
    String inString = "@s = global [3 x i8] c\"a\n!7 = b\"\n!8 = !{}\n";
    byte[] b = inString.getBytes(StandardCharsets.UTF_8);
    assertThat(Splitter.splitInTwo(b, inString.indexOf("!7"))).isNull();
    String inBrackets = "define void @f() {\n!7 = x\n  ret void\n}\n";
    b = inBrackets.getBytes(StandardCharsets.UTF_8);
    assertThat(Splitter.splitInTwo(b, inBrackets.indexOf("!7"))).isNull();
  }

  @Test
  void positive_aCutAtAnEntityKeepsLinesAndColumns() {
    String text = "define void @f() {\n  ret void\n}\n\ndefine void @g() {\n  ret void\n}\n"
        + "!0 = !{}\n";
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    int cut = text.indexOf("define void @g");
    List<Chunk> halves = Splitter.splitInTwo(b, cut);
    assertThat(halves).isEqualTo(Splitter.splitSequentially(b));
    assertThat(halves.get(1).line()).isEqualTo(5);
    assertThat(halves.get(1).name()).isEqualTo("g");
  }
}
