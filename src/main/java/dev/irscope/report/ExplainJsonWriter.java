// `irscope explain --format json`: {"functions":[{"name","demangled","declared","inferred",
// "attributes":[{"attribute","holds","meaning","why"}],"loops":[{"header","source":{"file",
// "line"}|null,"lines":[first,last],"verdict":"infinite"|"stale"|"kept"|"no-shared-load",
// "loads":[{"instruction","line","column","source","memory","shared","rust_type","hoisted","by":
// "licm"|"gvn"|null,"reasons":[...]}],"decisions":[{"pass","name","message","reason"}],
// "end_state","cause","pipeline","fix"}]}]}.
package dev.irscope.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.irscope.explain.FunctionStory;
import dev.irscope.explain.FunctionStory.AttributeNote;
import dev.irscope.explain.LoopStory;
import dev.irscope.explain.LoopStory.PolledLoad;
import dev.irscope.transform.PassRemark;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

public final class ExplainJsonWriter {
  private ExplainJsonWriter() {}

  public static void write(Writer w, List<FunctionStory> stories) throws IOException {
    try (JsonGenerator g = JsonOutput.pretty(w)) {
      g.writeStartObject();
      g.writeArrayFieldStart("functions");
      for (FunctionStory f : stories) {
        function(g, f);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }

  private static void function(JsonGenerator g, FunctionStory f) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", f.name());
    g.writeStringField("demangled", f.demangled());
    g.writeStringField("declared", f.declaredAttrs());
    g.writeStringField("inferred", f.inferredAttrs());
    g.writeArrayFieldStart("attributes");
    for (AttributeNote a : f.attributes()) {
      g.writeStartObject();
      g.writeStringField("attribute", a.attribute());
      g.writeBooleanField("holds", a.holds());
      g.writeStringField("meaning", a.meaning());
      g.writeStringField("why", a.reason() == null ? null : a.reason().message());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("loops");
    for (LoopStory l : f.loops()) {
      loop(g, l);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void loop(JsonGenerator g, LoopStory l) throws IOException {
    g.writeStartObject();
    g.writeStringField("header", l.header());
    if (l.source() == null) {
      g.writeNullField("source");
    } else {
      g.writeObjectFieldStart("source");
      g.writeStringField("file", l.source().file());
      g.writeNumberField("line", l.source().line());
      g.writeEndObject();
    }
    g.writeArrayFieldStart("lines");
    g.writeNumber(l.firstLine());
    g.writeNumber(l.lastLine());
    g.writeEndArray();
    g.writeStringField("verdict", l.verdict().spelling());
    g.writeArrayFieldStart("loads");
    for (PolledLoad p : l.loads()) {
      g.writeStartObject();
      g.writeStringField("instruction", p.place().ir());
      g.writeNumberField("line", p.place().line());
      g.writeNumberField("column", p.place().column());
      g.writeStringField("source", p.place().source() == null ? null
          : p.place().source().toString());
      g.writeStringField("memory", p.memory());
      g.writeBooleanField("shared", p.shared());
      g.writeStringField("rust_type", p.rustType());
      g.writeBooleanField("hoisted", p.hoisted());
      g.writeStringField("by", p.by());
      g.writeArrayFieldStart("reasons");
      for (PassRemark r : p.decisions()) {
        g.writeString(r.pass() + " " + r.name() + ": " + r.message() + ": " + r.reason());
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("decisions");
    for (PassRemark r : l.otherDecisions()) {
      g.writeStartObject();
      g.writeStringField("pass", r.pass());
      g.writeStringField("name", r.name());
      g.writeStringField("message", r.message());
      g.writeStringField("reason", r.reason());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeStringField("end_state", l.endState().sentence());
    g.writeStringField("cause", l.cause());
    g.writeStringField("pipeline", l.pipelineNote());
    g.writeStringField("fix", l.fix());
    g.writeEndObject();
  }
}
