// The rule registry as STYLE.md asks: one sorted list, every rule annotated, its id its class
// name, a one-sentence summary, and a testdata folder of its own.
package dev.irscope.lint;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.irscope.parse.Corpus;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

class RulesTest {
  @Test
  void rulesAreSortedByIdAndDescribed() {
    List<String> ids = Rules.ALL.stream().map(Rule::id).toList();
    assertThat(ids).isInOrder();
    assertThat(ids).containsNoDuplicates();
    for (Rule r : Rules.ALL) {
      LintRule info = r.info();
      assertThat(r.id()).isEqualTo(r.getClass().getSimpleName());
      assertWithMessage("%s summary", r.id()).that(info.summary()).endsWith(".");
      assertWithMessage("%s summary is one sentence", r.id())
          .that(info.summary().indexOf(". ")).isEqualTo(-1);
      assertThat(info.explanation()).isNotEmpty();
      assertThat(info.tags()).isNotEmpty();
      assertWithMessage("testdata/lint/%s", r.id()).that(Files.isDirectory(
          Corpus.projectDir().resolve("testdata/lint/" + r.id()))).isTrue();
      assertThat(Rules.byId(r.id())).isSameInstanceAs(r);
    }
  }

  @Test
  void fingerprintsIgnoreNamesAndMetadataNumbers() {
    assertThat(Fingerprints.normalize("%_2 = load i64, ptr %f, align 8, !noundef !21"))
        .isEqualTo(Fingerprints.normalize("%x.y = load i64, ptr %\"a b\", align 8, !noundef !4"));
  }
}
