// One decision of a transform, as an LLVM optimization remark: kind (Passed, Missed, or
// Analysis for what irscope adds where LLVM stays silent), pass and remark name as LLVM spells
// them, the function, the instruction it is about, and the remark's arguments (the message is
// their concatenation; arguments after LLVM's setExtraArgs() appear only in YAML, as in LLVM).
// Beyond LLVM: the reason spelled out and the instruction that decided it, each with its place
// in the .ll file and, from !dbg, in the source. Places are captured when the remark is made,
// so a remark outlives the instruction it describes (GVN deletes eliminated loads).
package dev.irscope.transform;

import dev.irscope.infer.Remark.SourceLocation;
import dev.irscope.ir.AsmWriter;
import dev.irscope.ir.DILocation;
import dev.irscope.ir.Instruction;
import java.util.List;

public record PassRemark(Kind kind, String pass, String name, String function, Place at,
    List<Arg> args, String reason, Place decidedBy) {
  public enum Kind {
    PASSED("Passed"), MISSED("Missed"), ANALYSIS("Analysis");

    private final String yamlTag;

    Kind(String yamlTag) {
      this.yamlTag = yamlTag;
    }

    public String yamlTag() {
      return yamlTag;
    }
  }

  /** An instruction as the remark names it: its IR, its place in the .ll file and the source. */
  public record Place(String ir, String opcode, int line, int column, SourceLocation source) {
    public static Place of(Instruction i) {
      return i == null ? null : of(i, AsmWriter.lineOf(i));
    }

    /** The place of {@code i}, its IR written by {@code w} (a frozen numbering, say). */
    public static Place of(Instruction i, AsmWriter w) {
      return of(i, w.instructionLine(i));
    }

    private static Place of(Instruction i, String ir) {
      return new Place(ir, i.opcode().spelling(), i.line(), i.column(), source(i));
    }

    static SourceLocation source(Instruction i) {
      DILocation loc = i.debugLoc();
      if (loc == null || loc.filename() == null) {
        return null;
      }
      return new SourceLocation(loc.filename(), (int) loc.line(), (int) loc.column());
    }

    /**
     * "`%v = load i32, ptr %p, align 4` at 12:3 (src/lib.rs:8:9)"; an instruction a pass made
     * has no place in the input and says so.
     */
    @Override
    public String toString() {
      String where = line > 0 ? " at " + line + ":" + column : " (made by the pass)";
      return "`" + ir + "`" + where + (source == null ? "" : " (" + source + ")");
    }
  }

  /** One remark argument: key and value as LLVM's YAML has them; extra ones are YAML-only. */
  public record Arg(String key, String value, SourceLocation loc, boolean extra) {
    public static Arg string(String s) {
      return new Arg("String", s, null, false);
    }
  }

  /** LLVM's message: the non-extra arguments concatenated. */
  public String message() {
    StringBuilder sb = new StringBuilder();
    for (Arg a : args) {
      if (!a.extra()) {
        sb.append(a.value());
      }
    }
    return sb.toString();
  }

  /** Whether LLVM emits this remark too (irscope's own notes are Analysis remarks). */
  public boolean isLlvmRemark() {
    return kind != Kind.ANALYSIS;
  }
}
