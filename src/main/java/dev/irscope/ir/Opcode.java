// Instruction opcodes, spelled as in textual IR.
package dev.irscope.ir;

import java.util.HashMap;
import java.util.Map;

public enum Opcode {
  // terminators
  RET("ret"), BR("br"), SWITCH("switch"), INDIRECTBR("indirectbr"), INVOKE("invoke"),
  RESUME("resume"), UNREACHABLE("unreachable"), CLEANUPRET("cleanupret"), CATCHRET("catchret"),
  CATCHSWITCH("catchswitch"), CALLBR("callbr"),
  // unary and binary
  FNEG("fneg"),
  ADD("add"), FADD("fadd"), SUB("sub"), FSUB("fsub"), MUL("mul"), FMUL("fmul"), UDIV("udiv"),
  SDIV("sdiv"), FDIV("fdiv"), UREM("urem"), SREM("srem"), FREM("frem"),
  SHL("shl"), LSHR("lshr"), ASHR("ashr"), AND("and"), OR("or"), XOR("xor"),
  // memory
  ALLOCA("alloca"), LOAD("load"), STORE("store"), GETELEMENTPTR("getelementptr"), FENCE("fence"),
  CMPXCHG("cmpxchg"), ATOMICRMW("atomicrmw"),
  // casts
  TRUNC("trunc"), ZEXT("zext"), SEXT("sext"), FPTOUI("fptoui"), FPTOSI("fptosi"),
  UITOFP("uitofp"), SITOFP("sitofp"), FPTRUNC("fptrunc"), FPEXT("fpext"), PTRTOINT("ptrtoint"),
  PTRTOADDR("ptrtoaddr"), INTTOPTR("inttoptr"), BITCAST("bitcast"),
  ADDRSPACECAST("addrspacecast"),
  // pads
  CLEANUPPAD("cleanuppad"), CATCHPAD("catchpad"),
  // other
  ICMP("icmp"), FCMP("fcmp"), PHI("phi"), CALL("call"), SELECT("select"), VAARG("va_arg"),
  EXTRACTELEMENT("extractelement"), INSERTELEMENT("insertelement"),
  SHUFFLEVECTOR("shufflevector"), EXTRACTVALUE("extractvalue"), INSERTVALUE("insertvalue"),
  LANDINGPAD("landingpad"), FREEZE("freeze");

  private static final Map<String, Opcode> BY_NAME = new HashMap<>();

  static {
    for (Opcode op : values()) {
      BY_NAME.put(op.spelling, op);
    }
  }

  private final String spelling;

  Opcode(String spelling) {
    this.spelling = spelling;
  }

  public String spelling() {
    return spelling;
  }

  public static Opcode of(String spelling) {
    return BY_NAME.get(spelling);
  }

  public boolean isCast() {
    return ordinal() >= TRUNC.ordinal() && ordinal() <= ADDRSPACECAST.ordinal();
  }

  public boolean isBinary() {
    return ordinal() >= ADD.ordinal() && ordinal() <= XOR.ordinal();
  }

  public boolean isTerminator() {
    return ordinal() <= CALLBR.ordinal();
  }

  @Override
  public String toString() {
    return spelling;
  }
}
