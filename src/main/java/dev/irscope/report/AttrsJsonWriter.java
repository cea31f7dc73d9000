// `irscope attrs --format json`: {"file", "llvm", "functions": [{"name", "demangled",
// "declared": {"fn", "ret", "params"}, "inferred": {...}, "remarks": [{"name", "attribute",
// "inferred", "message", "line", "column", "source"}]}]}, attributes spelled as LLVM prints them.
package dev.irscope.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.irscope.infer.FunctionAttrs;
import dev.irscope.infer.InferenceResult;
import dev.irscope.infer.Remark;
import dev.irscope.ir.Function;
import dev.irscope.rust.Demangler;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

public final class AttrsJsonWriter {
  private AttrsJsonWriter() {}

  public static void write(Writer w, String file, List<Function> functions, InferenceResult r)
      throws IOException {
    try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("file", file);
      g.writeStringField("llvm", r.llvm().toString());
      g.writeArrayFieldStart("functions");
      for (Function f : functions) {
        g.writeStartObject();
        g.writeStringField("name", f.name());
        g.writeStringField("demangled", Demangler.demangle(f.name()));
        attrs(g, "declared", r.declared(f));
        attrs(g, "inferred", r.inferred(f));
        g.writeArrayFieldStart("remarks");
        for (Remark m : r.remarks(f)) {
          remark(g, m);
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }

  private static void attrs(JsonGenerator g, String field, FunctionAttrs a) throws IOException {
    g.writeObjectFieldStart(field);
    list(g, "fn", a.fn());
    list(g, "ret", a.ret());
    g.writeArrayFieldStart("params");
    for (List<String> p : a.params()) {
      g.writeStartArray();
      for (String s : p) {
        g.writeString(s);
      }
      g.writeEndArray();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void list(JsonGenerator g, String field, List<String> items) throws IOException {
    g.writeArrayFieldStart(field);
    for (String s : items) {
      g.writeString(s);
    }
    g.writeEndArray();
  }

  private static void remark(JsonGenerator g, Remark m) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", m.name());
    g.writeStringField("attribute", m.attribute());
    g.writeBooleanField("inferred", m.inferred());
    g.writeStringField("message", m.message());
    g.writeNumberField("line", m.line());
    g.writeNumberField("column", m.column());
    if (m.source() != null) {
      g.writeObjectFieldStart("source");
      g.writeStringField("file", m.source().file());
      g.writeNumberField("line", m.source().line());
      g.writeNumberField("column", m.source().column());
      g.writeEndObject();
    }
    g.writeEndObject();
  }
}
