// The operand-type rules of the Verifier, one method per instruction family: what LLVM's parser
// and verifier demand of the types of an instruction's operands (binary operators, compares,
// memory accesses, select, br, switch, ret, calls, phis and casts). Each rule only reads types;
// it says nothing when a type it needs is unknown (null), because the parser has then reported
// the cause already. Messages follow LLVM's wording, lower-cased, without the instruction, which
// the Verifier appends.
package dev.irscope.ir;

import java.util.ArrayList;
import java.util.List;

final class VerifierTypeRules {
  private VerifierTypeRules() {}

  /** The type problems of {@code i}, an instruction of {@code f}; empty when there are none. */
  static List<String> check(Instruction i, Function f) {
    List<String> out = new ArrayList<>(1);
    if (i instanceof BinaryOperator) {
      binary(i, out);
    } else if (i instanceof UnaryOperator) {
      Type t = type(i.operand(0));
      expect(t == null || t.scalarType().isFloatingPoint(),
          "fneg operator only works with floating-point types", out);
    } else if (i instanceof CmpInst) {
      compare(i, out);
    } else if (i instanceof LoadInst l) {
      pointer(l.pointer(), "load", out);
    } else if (i instanceof StoreInst s) {
      pointer(s.pointer(), "store", out);
      Type t = type(s.value());
      expect(t == null || t.isFirstClass(), "stored value must be first class type", out);
    } else if (i instanceof AtomicCmpXchgInst x) {
      pointer(x.pointer(), "cmpxchg", out);
    } else if (i instanceof AtomicRMWInst x) {
      pointer(x.pointer(), "atomicrmw", out);
    } else if (i instanceof SelectInst) {
      select(i, out);
    } else if (i instanceof BranchInst b && b.isConditional()) {
      Type t = type(b.condition());
      expect(t == null || t.isInteger(1), "branch condition is not 'i1' type", out);
    } else if (i instanceof SwitchInst s) {
      switchCases(s, out);
    } else if (i instanceof ReturnInst r) {
      ret(r, f, out);
    } else if (i instanceof CallBase c) {
      call(c, out);
    } else if (i instanceof PhiInst p) {
      for (int k = 0; k < p.numIncoming(); k++) {
        Type t = type(p.incomingValue(k));
        expect(t == null || p.type() == null || t == p.type(),
            "phi node operands are not the same type as the result", out);
      }
    } else if (i instanceof CastInst) {
      Type src = type(i.operand(0));
      Type dst = i.type();
      expect(src == null || dst == null || castIsValid(i.opcode(), src, dst),
          "invalid cast opcode for cast from '" + src + "' to '" + dst + "'", out);
    }
    return out;
  }

  private static void binary(Instruction b, List<String> out) {
    Type l = type(b.operand(0));
    Type r = type(b.operand(1));
    if (l == null || r == null) {
      return;
    }
    if (l != r) {
      out.add("both operands to a binary operator are not of the same type ('" + l + "' and '"
          + r + "')");
      return;
    }
    Opcode op = b.opcode();
    boolean fp = op == Opcode.FADD || op == Opcode.FSUB || op == Opcode.FMUL
        || op == Opcode.FDIV || op == Opcode.FREM;
    if (fp) {
      expect(l.scalarType().isFloatingPoint(),
          "floating-point arithmetic operators only work with floating-point types", out);
    } else {
      expect(l.scalarType().isInteger(),
          "integer arithmetic operators only work with integral types", out);
    }
  }

  private static void compare(Instruction c, List<String> out) {
    Type l = type(c.operand(0));
    Type r = type(c.operand(1));
    String name = c.opcode().spelling();
    if (l == null || r == null) {
      return;
    }
    if (l != r) {
      out.add("both operands to " + name + " instruction are not of the same type");
    } else if (c.opcode() == Opcode.ICMP) {
      expect(l.scalarType().isInteger() || l.scalarType().isPointer(),
          "invalid operand types for icmp instruction", out);
    } else {
      expect(l.scalarType().isFloatingPoint(), "invalid operand types for fcmp instruction", out);
    }
  }

  private static void pointer(Value p, String what, List<String> out) {
    Type t = type(p);
    expect(t == null || t.isPointer(), what + " operand must be a pointer", out);
  }

  private static void select(Instruction s, List<String> out) {
    Type c = type(s.operand(0));
    expect(c == null || c.isInteger(1)
        || (c instanceof VectorType v && v.elementType().isInteger(1)),
        "select condition must be i1 or <n x i1>", out);
    Type a = type(s.operand(1));
    Type b = type(s.operand(2));
    expect(a == null || b == null || a == b, "both values to select must have same type", out);
  }

  private static void switchCases(SwitchInst s, List<String> out) {
    Type cond = type(s.condition());
    for (int k = 2; cond != null && k < s.numOperands(); k += 2) {
      Type t = type(s.operand(k));
      if (t != null && t != cond) {
        out.add("switch constants must all be same type as switch value (case "
            + s.operand(k) + " is '" + t + "', value is '" + cond + "')");
      }
    }
  }

  private static void ret(ReturnInst r, Function f, List<String> out) {
    Type want = f == null || f.functionType() == null ? null : f.returnType();
    Value v = r.returnValue();
    Type got = v == null ? PrimitiveType.VOID : type(v);
    expect(want == null || got == null || want == got,
        "function return type does not match operand type of return inst (function returns '"
            + want + "')", out);
  }

  private static void call(CallBase c, List<String> out) {
    FunctionType ft = c.functionType();
    if (ft == null) {
      return;
    }
    List<Type> params = ft.paramTypes();
    int n = c.numArgs();
    if (ft.isVarArg() ? n < params.size() : n != params.size()) {
      out.add("incorrect number of arguments passed to called function (expected "
          + params.size() + (ft.isVarArg() ? " or more" : "") + ", got " + n + ")");
      return;
    }
    for (int k = 0; k < params.size(); k++) {
      Type t = type(c.arg(k));
      if (t != null && t != params.get(k)) {
        out.add("call parameter type does not match function signature (argument " + k
            + " is '" + t + "', parameter is '" + params.get(k) + "')");
      }
    }
  }

  /** LLVM's CastInst::castIsValid, with bitcast sizes only where they are easy to compute. */
  static boolean castIsValid(Opcode op, Type src, Type dst) {
    Type s = src.scalarType();
    Type d = dst.scalarType();
    if (!sameShape(src, dst)) {
      return op == Opcode.BITCAST && validBitCast(src, dst);
    }
    return switch (op) {
      case TRUNC -> s.isInteger() && d.isInteger() && bits(s) > bits(d);
      case ZEXT, SEXT -> s.isInteger() && d.isInteger() && bits(s) < bits(d);
      case FPTRUNC -> s.isFloatingPoint() && d.isFloatingPoint() && bits(s) > bits(d);
      case FPEXT -> s.isFloatingPoint() && d.isFloatingPoint() && bits(s) < bits(d);
      case UITOFP, SITOFP -> s.isInteger() && d.isFloatingPoint();
      case FPTOUI, FPTOSI -> s.isFloatingPoint() && d.isInteger();
      case PTRTOINT, PTRTOADDR -> s.isPointer() && d.isInteger();
      case INTTOPTR -> s.isInteger() && d.isPointer();
      case ADDRSPACECAST -> s instanceof PointerType a && d instanceof PointerType b
          && a.addressSpace() != b.addressSpace();
      case BITCAST -> validBitCast(src, dst);
      default -> false;
    };
  }

  private static boolean validBitCast(Type src, Type dst) {
    if (src.scalarType().isPointer() || dst.scalarType().isPointer()) {
      return src.scalarType() == dst.scalarType() && sameShape(src, dst);
    }
    if (src.isAggregate() || dst.isAggregate() || !src.isFirstClass() || !dst.isFirstClass()) {
      return false;
    }
    long a = bits(src);
    long b = bits(dst);
    return a < 0 || b < 0 || a == b;
  }

  /** Both scalars, or both vectors with the same element count. */
  private static boolean sameShape(Type a, Type b) {
    if (a instanceof VectorType va && b instanceof VectorType vb) {
      return va.length() == vb.length() && va.isScalable() == vb.isScalable();
    }
    return lanes(a) == 1 && lanes(b) == 1; // a scalar and <1 x T> have the same shape
  }

  private static long lanes(Type t) {
    return t instanceof VectorType v ? (v.isScalable() ? -1 : v.length()) : 1;
  }

  /** The size in bits of simple int, fp and fixed-length vector types, else -1. */
  static long bits(Type t) {
    return t.primitiveSizeInBits();
  }

  private static Type type(Value v) {
    return v == null ? null : v.type();
  }

  private static void expect(boolean ok, String message, List<String> out) {
    if (!ok) {
      out.add(message);
    }
  }
}
