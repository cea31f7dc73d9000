// The SARIF of `irscope lint` over the Rust testdata programs (with and without debug info)
// validates against the OASIS SARIF 2.1.0 schema (../shared/schemas/sarif-schema-2.1.0.json
// from the project directory, JSON Schema draft-04, checked with networknt's validator), every
// result has a location, and two runs give the same ruleIds and fingerprints in the same order.
package dev.irscope.report;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.irscope.cli.Main;
import dev.irscope.parse.Corpus;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SarifWriterTest {
  static final Path SCHEMA = Corpus.projectDir().resolve("../shared/schemas/sarif-schema-2.1.0.json")
      .normalize();

  @TempDir
  Path dir;

  @Test
  void lintSarifValidatesAndIsStableAcrossRuns() throws Exception {
    assertWithMessage("the SARIF schema at %s", SCHEMA).that(Files.isRegularFile(SCHEMA)).isTrue();
    JsonSchema schema;
    try (InputStream in = Files.newInputStream(SCHEMA)) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
    }
    JsonNode first = lint("first.sarif");
    Set<ValidationMessage> problems = schema.validate(first);
    assertWithMessage("schema violations").that(problems).isEmpty();
    JsonNode results = first.get("runs").get(0).get("results");
    assertThat(results.size()).isGreaterThan(40);
    for (JsonNode r : results) {
      JsonNode loc = r.get("locations");
      assertWithMessage("locations of %s", r).that(loc != null && loc.size() > 0).isTrue();
      assertThat(loc.get(0).get("physicalLocation").get("artifactLocation").get("uri").asText())
          .isNotEmpty();
      assertThat(loc.get(0).get("physicalLocation").get("region").get("startLine").asInt())
          .isGreaterThan(0);
    }
    assertThat(identities(lint("second.sarif"))).isEqualTo(identities(first));
  }

  /** "ruleId fingerprint" of each result, in order. */
  private static List<String> identities(JsonNode sarif) {
    List<String> out = new ArrayList<>();
    for (JsonNode r : sarif.get("runs").get(0).get("results")) {
      out.add(r.get("ruleId").asText() + " "
          + r.get("partialFingerprints").get(SarifWriter.FINGERPRINT).asText());
    }
    return out;
  }

  private JsonNode lint(String name) throws Exception {
    List<String> args = new ArrayList<>(List.of("lint", "--format", "sarif", "-o",
        dir.resolve(name).toString()));
    try (Stream<Path> files = Files.list(Corpus.projectDir().resolve("testdata/rust"))) {
      files.map(Path::toString).filter(f -> f.endsWith(".O3-noprepop.ll")
          || f.endsWith(".O3-noprepop-nodebug.ll")).sorted().forEach(args::add);
    }
    StringWriter err = new StringWriter();
    int exit = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err, true),
        args.toArray(new String[0]));
    assertWithMessage("exit code; stderr: %s", err).that(exit).isEqualTo(Main.FINDINGS);
    return new ObjectMapper().readTree(dir.resolve(name).toFile());
  }
}
