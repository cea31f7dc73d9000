// `irscope lint --format sarif`: one SARIF 2.1.0 run, with what GitHub code scanning reads.
// tool.driver names irscope and lists the rules (id, short and full description, help, default
// level, tags). Each result has its ruleId and ruleIndex, level, message, one location (the
// source place from !dbg when there is one, else the place in the .ll file; relative paths get
// uriBaseId %SRCROOT%, absolute ones become file: URIs) with a logical location naming the
// function (demangled, and the IR symbol as decoratedName), related locations (the IR
// instruction, where it was inlined from, the loop header, what keeps the read, the writer), and
// partialFingerprints (lint.Fingerprints). Files that could not be read are tool execution
// notifications of the invocation, which is then not successful.
package dev.irscope.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.irscope.infer.Remark.SourceLocation;
import dev.irscope.lint.Finding;
import dev.irscope.lint.LintRule;
import dev.irscope.lint.Location;
import dev.irscope.lint.Rule;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

public final class SarifWriter {
  private SarifWriter() {}

  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String FINGERPRINT = "irscopeFinding/v1";

  public static void write(Writer w, String version, List<Rule> rules, List<Finding> findings,
      List<String> unreadable) throws IOException {
    try (JsonGenerator g = JsonOutput.pretty(w)) {
      g.writeStartObject();
      g.writeStringField("$schema", SCHEMA);
      g.writeStringField("version", "2.1.0");
      g.writeArrayFieldStart("runs");
      g.writeStartObject();
      driver(g, version, rules);
      g.writeStringField("columnKind", "unicodeCodePoints");
      invocation(g, unreadable);
      g.writeArrayFieldStart("results");
      for (Finding f : findings) {
        result(g, f, rules);
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
    }
    w.write('\n');
  }

  private static void driver(JsonGenerator g, String version, List<Rule> rules)
      throws IOException {
    g.writeObjectFieldStart("tool");
    g.writeObjectFieldStart("driver");
    g.writeStringField("name", "irscope");
    g.writeStringField("semanticVersion", version);
    g.writeArrayFieldStart("rules");
    for (Rule r : rules) {
      LintRule info = r.info();
      g.writeStartObject();
      g.writeStringField("id", r.id());
      g.writeStringField("name", r.id());
      text(g, "shortDescription", info.summary());
      text(g, "fullDescription", info.explanation());
      text(g, "help", info.explanation());
      g.writeObjectFieldStart("defaultConfiguration");
      g.writeStringField("level", info.severity().spelling());
      g.writeEndObject();
      g.writeObjectFieldStart("properties");
      g.writeArrayFieldStart("tags");
      for (String t : info.tags()) {
        g.writeString(t);
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void invocation(JsonGenerator g, List<String> unreadable) throws IOException {
    g.writeArrayFieldStart("invocations");
    g.writeStartObject();
    g.writeBooleanField("executionSuccessful", unreadable.isEmpty());
    g.writeArrayFieldStart("toolExecutionNotifications");
    for (String file : unreadable) {
      g.writeStartObject();
      g.writeStringField("level", "error");
      text(g, "message", "cannot read, parse or verify " + file);
      g.writeArrayFieldStart("locations");
      g.writeStartObject();
      g.writeObjectFieldStart("physicalLocation");
      artifact(g, file);
      g.writeEndObject();
      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndArray();
  }

  private static void result(JsonGenerator g, Finding f, List<Rule> rules) throws IOException {
    g.writeStartObject();
    g.writeStringField("ruleId", f.ruleId());
    int index = rules.stream().map(Rule::id).toList().indexOf(f.ruleId());
    if (index >= 0) {
      g.writeNumberField("ruleIndex", index);
    }
    g.writeStringField("level", f.severity().spelling());
    text(g, "message", f.message() + ". Fix: " + f.help() + ".");
    Location at = f.location();
    g.writeArrayFieldStart("locations");
    g.writeStartObject();
    physical(g, at.source() != null ? at.source() : irPlace(at));
    g.writeArrayFieldStart("logicalLocations");
    g.writeStartObject();
    g.writeStringField("name", f.demangled().substring(f.demangled().lastIndexOf(':') + 1));
    g.writeStringField("fullyQualifiedName", f.demangled());
    g.writeStringField("decoratedName", f.function());
    g.writeStringField("kind", "function");
    g.writeEndObject();
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndArray();
    g.writeArrayFieldStart("relatedLocations");
    int id = 0;
    if (at.source() != null) {
      related(g, id++, irPlace(at), "in the IR: `" + at.ir() + "`");
    }
    if (at.inlinedFrom() != null) {
      related(g, id++, at.inlinedFrom(), "inlined from here");
    }
    for (Finding.Related r : f.related()) {
      Location l = r.location();
      related(g, id++, l.source() != null ? l.source() : irPlace(l), r.message()
          + (l.source() == null ? ": `" + l.ir() + "`" : ""));
    }
    g.writeEndArray();
    g.writeObjectFieldStart("partialFingerprints");
    g.writeStringField(FINGERPRINT, f.fingerprint());
    g.writeEndObject();
    g.writeObjectFieldStart("properties");
    g.writeStringField("help", f.help());
    g.writeBooleanField("irOnly", f.irOnly());
    g.writeStringField("irFile", at.irFile());
    g.writeNumberField("irLine", at.line());
    g.writeEndObject();
    g.writeEndObject();
  }

  private static SourceLocation irPlace(Location l) {
    return new SourceLocation(l.irFile(), l.line(), l.column());
  }

  private static void related(JsonGenerator g, int id, SourceLocation at, String message)
      throws IOException {
    g.writeStartObject();
    g.writeNumberField("id", id);
    physical(g, at);
    text(g, "message", message);
    g.writeEndObject();
  }

  private static void physical(JsonGenerator g, SourceLocation at) throws IOException {
    g.writeObjectFieldStart("physicalLocation");
    artifact(g, at.file());
    if (at.line() > 0) {
      g.writeObjectFieldStart("region");
      g.writeNumberField("startLine", at.line());
      if (at.column() > 0) {
        g.writeNumberField("startColumn", at.column());
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void artifact(JsonGenerator g, String file) throws IOException {
    g.writeObjectFieldStart("artifactLocation");
    String path = file.replace('\\', '/');
    if (Path.of(file).isAbsolute()) {
      g.writeStringField("uri", Path.of(file).toUri().toString());
    } else {
      try {
        g.writeStringField("uri", new URI(null, null, path, null).toASCIIString());
      } catch (URISyntaxException e) {
        g.writeStringField("uri", path.replace(" ", "%20"));
      }
      g.writeStringField("uriBaseId", "%SRCROOT%");
    }
    g.writeEndObject();
  }

  private static void text(JsonGenerator g, String field, String text) throws IOException {
    g.writeObjectFieldStart(field);
    g.writeStringField("text", text);
    g.writeEndObject();
  }
}
