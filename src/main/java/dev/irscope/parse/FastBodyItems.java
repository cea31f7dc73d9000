// A shortcut past the ANTLR parser for the common items of a function body: labels, debug
// records, and the instructions that fill most bodies (load, store, getelementptr, icmp, br, phi,
// the binary operators and casts, select, ret, alloca, extractvalue, insertvalue, unreachable),
// with plain operands and `!kind !N` attachments. Like FastMetadata it is an optimization only:
// it reads an item from FastLexer's tokens straight into the body, without a parse tree, and
// declines every other item (calls, atomics, constant expressions, typed pointers, anything it
// does not know), having changed nothing, so that the parser reads it as before.
//
// Each item is read twice: first its shape alone (no lookups, no errors), to find where it ends
// and that the parser would read the same tokens as one item; then again, translated through
// the same FunctionBodyTranslator, ValueTranslator and TypeTranslator calls, in the same order,
// as InstructionTranslator makes from the parse tree, so that the model and every error are the
// ones the parser's path gives (ParseShortcutsTest compares the two on every test file).
//   item        := LABEL | DBG_RECORD '(' mdOperand (',' mdOperand)* ')'
//                | (LOCAL_VAR '=')? instruction (',' MD_NAME MD_ID)*
//   type        := INT_TYPE | 'ptr' | primitive | LOCAL_VAR | '[' INT 'x' type ']'
//                | '<' INT 'x' type '>' | '{' (type (',' type)*)? '}' | '<' '{' ... '}' '>'
//   value       := LOCAL_VAR | GLOBAL_VAR | INT | FLOAT | HEX_FLOAT | true | false | null | none
//                | undef | poison | zeroinitializer
// The last item of a body is always left to the parser, which must see an item before '}'.
package dev.irscope.parse;

import static dev.irscope.parse.antlr.LLVMLexer.ALIGN;
import static dev.irscope.parse.antlr.LLVMLexer.ALLOCA;
import static dev.irscope.parse.antlr.LLVMLexer.BAREWORD;
import static dev.irscope.parse.antlr.LLVMLexer.BR;
import static dev.irscope.parse.antlr.LLVMLexer.INVOKE;
import static dev.irscope.parse.antlr.LLVMLexer.CALL;
import static dev.irscope.parse.antlr.LLVMLexer.CLEANUPRET;
import static dev.irscope.parse.antlr.LLVMLexer.COMMA;
import static dev.irscope.parse.antlr.LLVMLexer.DBG_RECORD;
import static dev.irscope.parse.antlr.LLVMLexer.EQ;
import static dev.irscope.parse.antlr.LLVMLexer.EXTRACTVALUE;
import static dev.irscope.parse.antlr.LLVMLexer.FNEG;
import static dev.irscope.parse.antlr.LLVMLexer.GETELEMENTPTR;
import static dev.irscope.parse.antlr.LLVMLexer.GLOBAL_VAR;
import static dev.irscope.parse.antlr.LLVMLexer.GT;
import static dev.irscope.parse.antlr.LLVMLexer.ICMP;
import static dev.irscope.parse.antlr.LLVMLexer.INBOUNDS;
import static dev.irscope.parse.antlr.LLVMLexer.INSERTVALUE;
import static dev.irscope.parse.antlr.LLVMLexer.INT;
import static dev.irscope.parse.antlr.LLVMLexer.INT_TYPE;
import static dev.irscope.parse.antlr.LLVMLexer.LABEL;
import static dev.irscope.parse.antlr.LLVMLexer.LBRACE;
import static dev.irscope.parse.antlr.LLVMLexer.LBRACK;
import static dev.irscope.parse.antlr.LLVMLexer.LOAD;
import static dev.irscope.parse.antlr.LLVMLexer.LOCAL_VAR;
import static dev.irscope.parse.antlr.LLVMLexer.LPAREN;
import static dev.irscope.parse.antlr.LLVMLexer.LT;
import static dev.irscope.parse.antlr.LLVMLexer.MD_ID;
import static dev.irscope.parse.antlr.LLVMLexer.MD_NAME;
import static dev.irscope.parse.antlr.LLVMLexer.MUSTTAIL;
import static dev.irscope.parse.antlr.LLVMLexer.NOTAIL;
import static dev.irscope.parse.antlr.LLVMLexer.PHI;
import static dev.irscope.parse.antlr.LLVMLexer.PTR;
import static dev.irscope.parse.antlr.LLVMLexer.RBRACE;
import static dev.irscope.parse.antlr.LLVMLexer.RBRACK;
import static dev.irscope.parse.antlr.LLVMLexer.RET;
import static dev.irscope.parse.antlr.LLVMLexer.RPAREN;
import static dev.irscope.parse.antlr.LLVMLexer.SELECT;
import static dev.irscope.parse.antlr.LLVMLexer.STORE;
import static dev.irscope.parse.antlr.LLVMLexer.TAIL;
import static dev.irscope.parse.antlr.LLVMLexer.TO;
import static dev.irscope.parse.antlr.LLVMLexer.UNREACHABLE;
import static dev.irscope.parse.antlr.LLVMLexer.USELISTORDER;
import static dev.irscope.parse.antlr.LLVMLexer.VOID;
import static dev.irscope.parse.antlr.LLVMLexer.X;

import dev.irscope.ir.AllocaInst;
import dev.irscope.ir.InvokeInst;
import dev.irscope.ir.FunctionType;
import dev.irscope.ir.CallInst;
import dev.irscope.ir.CallBase;
import dev.irscope.ir.Attribute;
import dev.irscope.ir.ArrayType;
import dev.irscope.ir.AtomicOrdering;
import dev.irscope.ir.BasicBlock;
import dev.irscope.ir.BinaryOperator;
import dev.irscope.ir.BranchInst;
import dev.irscope.ir.CastInst;
import dev.irscope.ir.ConstantInt;
import dev.irscope.ir.ExtractValueInst;
import dev.irscope.ir.Flags;
import dev.irscope.ir.GetElementPtrInst;
import dev.irscope.ir.ICmpInst;
import dev.irscope.ir.InsertValueInst;
import dev.irscope.ir.IntegerType;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.LoadInst;
import dev.irscope.ir.Metadata;
import dev.irscope.ir.Opcode;
import dev.irscope.ir.PhiInst;
import dev.irscope.ir.PointerType;
import dev.irscope.ir.PrimitiveType;
import dev.irscope.ir.ReturnInst;
import dev.irscope.ir.SelectInst;
import dev.irscope.ir.StoreInst;
import dev.irscope.ir.StructType;
import dev.irscope.ir.Type;
import dev.irscope.ir.UnreachableInst;
import dev.irscope.ir.Value;
import dev.irscope.ir.VectorType;
import dev.irscope.parse.antlr.LLVMLexer;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;

final class FastBodyItems {
  /** The opcode an opcode token spells, by token type (null: not an opcode). */
  private static final Opcode[] OPCODES = new Opcode[LLVMLexer.VOCABULARY.getMaxTokenType() + 1];
  /** The primitive type a type keyword spells, by token type (null: not one). */
  private static final Type[] PRIMITIVES = new Type[OPCODES.length];

  static {
    for (int t = 1; t < OPCODES.length; t++) {
      String literal = LLVMLexer.VOCABULARY.getLiteralName(t);
      if (literal != null) {
        String word = literal.substring(1, literal.length() - 1);
        OPCODES[t] = t >= FNEG && t <= CLEANUPRET ? Opcode.of(word) : null;
        PRIMITIVES[t] = t != LLVMLexer.METADATA ? PrimitiveType.named(word) : null;
      }
    }
  }

  /** What a typed value reads as while only its shape is checked. */
  private static final Value STAND_IN = ConstantInt.get(IntegerType.I1, 0);

  private final Symbols symbols;
  private final FunctionBodyTranslator body;
  private final ValueTranslator values;
  private final TypeTranslator types;
  private final MetadataTranslator metadata;
  private final FastMetadata fastMetadata;
  private final CallTranslator calls;
  private final AttributeTranslator attrs;
  private final Spellings spellings = Spellings.get();
  private final byte[] b;
  private final Type returnType;

  private TokenList tokens;
  private int p;
  /** False while an item's shape is checked, true while it is translated. */
  private boolean build;
  /** The instruction made while translating. */
  private Instruction made;
  /** A debug record's metadata operands, read while its shape is checked (null: a value). */
  private final List<Metadata> recordMetadata = new ArrayList<>();
  /** Where each of those operands ends. */
  private final List<Integer> recordEnds = new ArrayList<>();

  FastBodyItems(Symbols symbols, FunctionBodyTranslator body) {
    this.symbols = symbols;
    this.body = body;
    this.values = body.values();
    this.types = values.types;
    this.metadata = body.metadata();
    this.fastMetadata = new FastMetadata(symbols);
    this.calls = body.calls();
    this.attrs = body.attributes();
    this.b = symbols.source.bytes();
    this.returnType = body.function().returnType();
  }

  /**
   * Reads the items from token {@code at} on, as long as they are of the shapes above and one
   * more item follows; returns the index of the first token not read.
   */
  int read(TokenList tokens, int at) {
    this.tokens = tokens;
    int done = at;
    while (true) {
      p = done;
      build = false;
      recordMetadata.clear();
      recordEnds.clear();
      if (!item() || !startsItem(p)) {
        return done;
      }
      int end = p;
      p = done;
      build = true;
      item();
      if (p != end) {
        throw new IllegalStateException("FastBodyItems read an item two ways at "
            + tokens.get(done).getLine());
      }
      done = end;
    }
  }

  /** Whether token i can start a body item other than the last (so not '}'). */
  private boolean startsItem(int i) {
    int t = type(i);
    return t == LABEL || t == DBG_RECORD || t == USELISTORDER || t == TAIL || t == MUSTTAIL
        || t == NOTAIL || (t >= FNEG && t <= CLEANUPRET)
        || (t == LOCAL_VAR && type(i + 1) == EQ);
  }

  private boolean item() {
    int start = p;
    switch (type(start)) {
      case LABEL -> {
        p++;
        if (build) {
          body.label(tokens.get(start));
        }
        return true;
      }
      case DBG_RECORD -> {
        return record(start);
      }
      case LOCAL_VAR -> {
        if (type(p + 1) != EQ) {
          return false;
        }
        p += 2;
        return instruction(start, start);
      }
      default -> {
        return instruction(start, -1);
      }
    }
  }

  /** Token i as an object while translating; null while checking shapes, which needs none. */
  private Token token(int i) {
    return build ? tokens.get(i) : null;
  }

  /** The INT token i as Tokens.parseLong reads it: short decimals from the bytes. */
  private long number(int i) {
    long v = Tokens.smallDecimal(b, tokens.start(i), tokens.stop(i) + 1);
    return v != Long.MIN_VALUE ? v : Tokens.parseLong(tokens.get(i));
  }

  /** The INT_TYPE token i (iN) as TypeTranslator.integer reads it, short widths from the bytes. */
  private Type integer(int i) {
    long bits = Tokens.smallDecimal(b, tokens.start(i) + 1, tokens.stop(i) + 1); // after 'i'
    return bits >= 1 && bits <= (1 << 23) ? IntegerType.get((int) bits)
        : TypeTranslator.integer(tokens.get(i)); // its error
  }

  /** The text of token i, shared (Spellings). */
  private String text(int i) {
    return spellings.text(b, tokens.start(i), tokens.stop(i) + 1);
  }

  // ------------------------------------------------------------------ debug records

  private boolean record(int start) {
    p++;
    if (!take(LPAREN)) {
      return false;
    }
    List<Metadata> args = build ? new ArrayList<>() : null;
    int n = 0;
    do {
      if (!build) { // a metadata operand is read now (reading one changes nothing)
        Metadata md = startsType(p) ? null : fastMetadata.ref(tokens, p);
        if (md != null) {
          p = fastMetadata.position();
        } else if (type() == null || value() < 0) {
          return false;
        }
        recordMetadata.add(md);
        recordEnds.add(p);
      } else {
        Metadata md = recordMetadata.get(n);
        if (md != null) {
          p = recordEnds.get(n);
          args.add(md);
        } else {
          args.add(MetadataTranslator.wrap(typedValue()));
        }
      }
      n++;
    } while (take(COMMA));
    if (!take(RPAREN)) {
      return false;
    }
    if (build) {
      body.record(body.debugRecord(tokens.get(start), args));
    }
    return true;
  }

  // ------------------------------------------------------------------ instructions

  /** An instruction line from token {@code start}; {@code name}: its `%x` token, or -1. */
  private boolean instruction(int start, int name) {
    int t = type(p);
    Token tail = null;
    if ((t == TAIL || t == MUSTTAIL || t == NOTAIL) && type(p + 1) == CALL) {
      tail = token(p++);
      t = CALL;
    }
    Opcode op = t > 0 && t < OPCODES.length ? OPCODES[t] : null; // EOF is -1
    if (op == null) {
      return false;
    }
    if (build) {
      body.begin(tokens.get(start));
    }
    Token opToken = token(p++);
    boolean ok;
    if (op.isBinary()) {
      ok = binary(op);
    } else if (op.isCast()) {
      ok = cast(op);
    } else {
      ok = switch (t) {
        case LOAD -> access(false);
        case STORE -> access(true);
        case GETELEMENTPTR -> gep();
        case ICMP -> icmp();
        case BR -> br(opToken);
        case PHI -> phi();
        case SELECT -> select();
        case RET -> ret(opToken);
        case ALLOCA -> alloca();
        case EXTRACTVALUE -> extractValue(opToken);
        case INSERTVALUE -> insertValue(opToken);
        case UNREACHABLE -> unreachable();
        case CALL -> call(0, tail, opToken);
        case INVOKE -> call(1, null, opToken);
        default -> false;
      };
    }
    if (!ok || !attachments()) {
      return false;
    }
    if (build) {
      body.append(made, tokens.get(start), name < 0 ? null : tokens.get(name));
      made = null;
    }
    return true;
  }

  /** `, !kind !N` attachments, added to the instruction made. */
  private boolean attachments() {
    while (type(p) == COMMA && type(p + 1) == MD_NAME) {
      if (type(p + 2) != MD_ID) {
        return false;
      }
      if (build) {
        int id = MetadataTranslator.number(b, tokens.start(p + 2), tokens.stop(p + 2) + 1);
        String kind = spellings.afterSigil(b, tokens.start(p + 1), tokens.stop(p + 1));
        made.addAttachment(kind, symbols.metadataNode(id)); // no attachment object made
      }
      p += 3;
    }
    return true;
  }

  private boolean binary(Opcode op) {
    int flags = flags();
    Value[] ops = flags < 0 ? null : operandPair();
    if (ops == null) {
      return false;
    }
    if (build) {
      made = new BinaryOperator(op, ops[0], ops[1]);
      made.setFlags(flags);
    }
    return true;
  }

  /**
   * `T x, y` (binary operators, compares): the two values, the second read with the first's
   * type, as the translator does; stand-ins while checking shapes; null when malformed.
   */
  private Value[] operandPair() {
    Type t = type();
    int x = value();
    if (t == null || x < 0 || !take(COMMA)) {
      return null;
    }
    int y = value();
    if (y < 0) {
      return null;
    }
    if (!build) {
      return new Value[] {STAND_IN, STAND_IN};
    }
    Value lhs = values.token(tokens.get(x), t);
    return new Value[] {lhs, values.token(tokens.get(y), lhs.type())};
  }

  private boolean cast(Opcode op) {
    int flags = flags();
    Type from = type();
    int x = value();
    if (flags < 0 || from == null || x < 0 || !take(TO)) {
      return false;
    }
    Value v = build ? values.token(tokens.get(x), from) : null;
    Type to = type();
    if (to == null) {
      return false;
    }
    if (build) {
      made = CastInst.create(op, v, to);
      made.setFlags(flags);
    }
    return true;
  }

  private boolean icmp() {
    List<String> words = new ArrayList<>(2);
    while (type(p) == BAREWORD) {
      words.add(build ? text(p) : null); // shared spellings
      p++;
    }
    Value[] ops = words.isEmpty() ? null : operandPair();
    if (ops == null) {
      return false;
    }
    if (build) {
      made = new ICmpInst(words.get(words.size() - 1), ops[0], ops[1]);
      made.setFlags(ConstantExprTranslator.flags(words.subList(0, words.size() - 1)));
    }
    return true;
  }

  private boolean select() {
    int flags = flags();
    if (flags < 0) {
      return false;
    }
    Value c = typedValue();
    if (!take(COMMA)) {
      return false;
    }
    Value x = typedValue();
    if (!take(COMMA)) {
      return false;
    }
    Value y = typedValue();
    if (!build) {
      return c != null && x != null && y != null;
    }
    made = new SelectInst(c, x, y);
    made.setFlags(flags);
    return true;
  }

  /** `load T, ptr %p[, align N]` and `store T %v, ptr %p[, align N]`: not atomic or volatile. */
  private boolean access(boolean store) {
    Type t = store ? PrimitiveType.VOID : type();
    Value v = store ? typedValue() : null;
    if (t == null || (store && v == null) || !take(COMMA)) {
      return false;
    }
    Value ptr = typedValue();
    long align = align();
    if (ptr == null || align < 0) {
      return false;
    }
    if (build) {
      made = store ? new StoreInst(v, ptr, false, AtomicOrdering.NOT_ATOMIC, null, align)
          : new LoadInst(t, ptr, false, AtomicOrdering.NOT_ATOMIC, null, align);
    }
    return true;
  }

  /** `, align N` when there; 0 when not; -1 when malformed. */
  private long align() {
    if (type(p) != COMMA || type(p + 1) != ALIGN) {
      return 0;
    }
    if (type(p + 2) != INT) {
      return -1;
    }
    p += 3;
    return build ? number(p - 1) : 0;
  }

  private boolean gep() {
    int flags = 0;
    while (type(p) == INBOUNDS || type(p) == BAREWORD) {
      int bit = Flags.of(text(p));
      if (bit == 0) {
        return false; // the translator's error
      }
      flags |= bit;
      p++;
    }
    int sourceType = p; // resolved after the operands, as the translator does
    if (skipType() < 0 || !take(COMMA)) {
      return false;
    }
    List<Value> ops = new ArrayList<>();
    do {
      Value v = typedValue();
      if (v == null) {
        return false;
      }
      ops.add(v);
    } while (commaTyped() && take(COMMA));
    if (build) {
      int end = p;
      p = sourceType;
      Type source = type();
      p = end;
      made = new GetElementPtrInst(Aggregates.gepResultType(ops), source, ops.get(0),
          ops.subList(1, ops.size()));
      made.setFlags(flags);
    }
    return true;
  }

  private boolean phi() {
    int flags = flags();
    Type t = type();
    if (flags < 0 || t == null) {
      return false;
    }
    PhiInst phi = build ? new PhiInst(t) : null;
    if (type(p) == LBRACK) {
      do {
        int open = p;
        if (!take(LBRACK)) {
          return false;
        }
        int x = value();
        if (x < 0 || !take(COMMA)) {
          return false;
        }
        int label = value();
        if (label < 0 || !take(RBRACK)) {
          return false;
        }
        if (build) {
          Value v = values.token(tokens.get(x), t);
          phi.addIncoming(v, block(values.token(tokens.get(label), PrimitiveType.LABEL),
              tokens.get(open)));
        }
      } while (type(p) == COMMA && type(p + 1) == LBRACK && take(COMMA));
    }
    if (build) {
      phi.setFlags(flags);
      made = phi;
    }
    return true;
  }

  private boolean br(Token opToken) {
    Value first = typedValue();
    if (first == null) {
      return false;
    }
    if (!commaTyped()) {
      if (build) {
        made = new BranchInst(block(first, opToken));
      }
      return true;
    }
    p++;
    Value yes = typedValue();
    if (yes == null || !take(COMMA)) {
      return false;
    }
    Value no = typedValue();
    if (no == null) {
      return false;
    }
    if (build) {
      made = new BranchInst(first, block(yes, opToken), block(no, opToken));
    }
    return true;
  }

  private boolean ret(Token opToken) {
    if (type(p) == VOID && !startsValue(p + 1)) {
      p++;
      if (build) {
        if (returnType != PrimitiveType.VOID) {
          throw ParseError.at(opToken, "value doesn't match function result type '"
              + returnType + "'");
        }
        made = new ReturnInst(null);
      }
      return true;
    }
    Token typeStart = token(p);
    Value v = typedValue();
    if (v == null) {
      return false;
    }
    if (build) {
      if (v.type() != returnType) {
        throw ParseError.at(typeStart, "value doesn't match function result type '"
            + returnType + "'");
      }
      made = new ReturnInst(v);
    }
    return true;
  }

  private boolean alloca() {
    int allocated = p; // resolved after the count, as the translator does
    if (skipType() < 0) {
      return false;
    }
    Value count = null;
    if (commaTyped()) {
      p++;
      count = typedValue();
      if (count == null && !build) {
        return false;
      }
    }
    long align = align();
    if (align < 0 || (type(p) == COMMA && type(p + 1) != MD_NAME)) {
      return false; // addrspace(N), or worse: the parser's
    }
    if (build) {
      int end = p;
      p = allocated;
      Type t = type();
      p = end;
      AllocaInst a = new AllocaInst(t, count, PointerType.get(0));
      a.setAlign(align);
      a.setModifiers(false, false);
      made = a;
    }
    return true;
  }

  private boolean extractValue(Token opToken) {
    Value agg = typedValue();
    if (agg == null) {
      return false;
    }
    int[] idx = indices();
    if (idx == null) {
      return false;
    }
    if (build) {
      made = new ExtractValueInst(Aggregates.indexedType(agg.type(), idx, opToken), agg, idx);
    }
    return true;
  }

  private boolean insertValue(Token opToken) {
    Value agg = typedValue();
    if (agg == null || !take(COMMA)) {
      return false;
    }
    Value v = typedValue();
    if (v == null) {
      return false;
    }
    int[] idx = indices();
    if (idx == null) {
      return false;
    }
    if (build) {
      Aggregates.indexedType(agg.type(), idx, opToken);
      made = new InsertValueInst(agg, v, idx);
    }
    return true;
  }

  /** `(',' INT)+`; null when there is none. */
  private int[] indices() {
    int from = p;
    while (type(p) == COMMA && type(p + 1) == INT) {
      p += 2;
    }
    int n = (p - from) / 2;
    if (n == 0) {
      return null;
    }
    int[] idx = new int[n];
    if (build) {
      for (int i = 0; i < n; i++) {
        idx[i] = (int) number(from + 1 + 2 * i);
      }
    }
    return idx;
  }

  /**
   * call and invoke, as CallTranslator reads them: modifiers (fast-math flags, a calling
   * convention, return attributes), the return type (not a function type), a named callee,
   * arguments of a type, attributes and a value, function attributes; no bundles. invoke then
   * has `to label %a unwind label %b`.
   */
  private boolean call(int kind, Token tail, Token opToken) {
    int flags = 0;
    String cc = null;
    AttributeTranslator.Builder ret = build ? new AttributeTranslator.Builder() : null;
    while (!startsType(p)) {
      if (type(p) == BAREWORD && type(p + 1) != LPAREN && type(p + 1) != EQ) {
        String word = text(p);
        int bit = kind == 0 ? Flags.of(word) : 0;
        if (bit != 0 && !word.equals("nsw") && !word.equals("nuw")) {
          flags |= bit;
          p++;
          continue;
        } else if (Words.isCallingConv(word)) {
          cc = word;
          p++;
          continue;
        }
      }
      if (!attribute(ret)) {
        return false;
      }
    }
    int returnType = p; // resolved after the arguments, as the translator does
    int callee = skipType() < 0 ? -1 : p;
    if (callee < 0 || (type(callee) != GLOBAL_VAR && type(callee) != LOCAL_VAR)) {
      return false;
    }
    p++;
    if (!take(LPAREN)) {
      return false;
    }
    List<Value> args = build ? new ArrayList<>() : null;
    List<dev.irscope.ir.AttributeSet> argAttrs = build ? new ArrayList<>() : null;
    if (!take(RPAREN)) {
      do {
        Type t = type();
        if (t == null) {
          return false;
        }
        int attrsAt = p;
        while (!startsValue(p)) {
          if (!attribute(null)) {
            return false;
          }
        }
        int v = value();
        if (build) {
          args.add(values.token(tokens.get(v), t));
          int end = p;
          p = attrsAt;
          AttributeTranslator.Builder a = new AttributeTranslator.Builder();
          while (p < end - 1) {
            attribute(a);
          }
          p = end;
          argAttrs.add(a.build());
        }
      } while (take(COMMA));
      if (!take(RPAREN)) {
        return false;
      }
    }
    AttributeTranslator.Builder fn = build ? new AttributeTranslator.Builder() : null;
    int fnAttrsAt = p;
    while (type(p) == LLVMLexer.ATTR_GROUP_ID || type(p) == BAREWORD || type(p) == ALIGN) {
      if (!attribute(null)) {
        return false;
      }
    }
    int fnAttrsEnd = p;
    if (kind == 1 && !destinations()) {
      return false;
    }
    if (build) {
      int end = p;
      p = returnType;
      Type written = type();
      FunctionType ft;
      if (written instanceof FunctionType f) { // a named type can be one
        ft = f;
      } else {
        List<Type> params = new ArrayList<>(args.size());
        for (Value a : args) {
          params.add(a.type());
        }
        ft = FunctionType.get(written, params, false);
      }
      Value target = values.token(tokens.get(callee),
          PointerType.get(symbols.programAddrSpace));
      CallBase call = calls.make(kind, ft, target, args, flags, cc, null, false, ret.build(),
          argAttrs);
      p = fnAttrsAt;
      while (p < fnAttrsEnd) {
        attribute(fn);
      }
      call.setFnAttributes(fn.build());
      if (tail != null) {
        ((CallInst) call).setTailKind(spellings.text(b, tail));
      }
      if (kind == 1) {
        p++; // to
        BasicBlock normal = block(typedValue(), opToken);
        p++; // unwind
        ((InvokeInst) call).setDestinations(normal, block(typedValue(), opToken));
      }
      p = end;
      made = call;
    }
    return true;
  }

  /** invoke's `to label %a unwind label %b`, stepped over. */
  private boolean destinations() {
    boolean was = build;
    build = false;
    boolean ok = take(TO) && typedValue() != null && take(LLVMLexer.UNWIND)
        && typedValue() != null;
    build = was;
    return ok;
  }

  /**
   * One attribute of the shapes `word`, `align N` and `#N` (no arguments, no `=`), added to
   * {@code into} when translating (null: only stepped over); false when the attribute is of
   * another shape or one the translator would refuse.
   */
  private boolean attribute(AttributeTranslator.Builder into) {
    switch (type(p)) {
      case BAREWORD -> {
        if (type(p + 1) == LPAREN || type(p + 1) == EQ) {
          return false;
        }
        String name = text(p);
        if (AttributeChecks.check(name, "", false) != null) {
          return false; // the translator's error
        }
        p++;
        if (into != null) {
          into.attributes.add(attrs.shared(name, () -> new Attribute(name, name, null, -1)));
        }
        return true;
      }
      case ALIGN -> {
        if (type(p + 1) != INT || AttributeChecks.alignment(text(p + 1)) != null) {
          return false;
        }
        p += 2;
        if (into != null) {
          Token t = tokens.get(p - 2);
          Token n = tokens.get(p - 1);
          String spelling = SourceSpans.text(symbols.source, t, n);
          into.attributes.add(attrs.shared(spelling,
              () -> new Attribute("align", spelling, null, Tokens.parseLong(n))));
        }
        return true;
      }
      case LLVMLexer.ATTR_GROUP_ID -> {
        p++;
        if (into != null) {
          into.groups.add(symbols.attributeGroup(
              Integer.parseInt(tokens.get(p - 1).getText().substring(1))));
        }
        return true;
      }
      default -> {
        return false;
      }
    }
  }

  private boolean unreachable() {
    if (build) {
      made = new UnreachableInst();
    }
    return true;
  }

  private static BasicBlock block(Value v, Token at) {
    if (!(v instanceof BasicBlock bb)) {
      throw ParseError.at(at, "expected a basic block (label %name)");
    }
    return bb;
  }

  /** Flag words (nuw, nsw, fast-math flags, ...): their bits; -1 for a word that is no flag. */
  private int flags() {
    int flags = 0;
    while (type(p) == BAREWORD) {
      int bit = Flags.of(text(p));
      if (bit == 0) {
        return -1; // the translator's error
      }
      flags |= bit;
      p++;
    }
    return flags;
  }

  // ------------------------------------------------------------------ values and types

  /** Whether a ',' and then a typed value follow (not an attachment, not `align`). */
  private boolean commaTyped() {
    return type(p) == COMMA && startsType(p + 1);
  }

  /**
   * A typed value: while checking shapes, a stand-in (never null when well formed) with no
   * lookup; while translating, the value, through the translator's calls in its order.
   */
  private Value typedValue() {
    Type t = type();
    if (t == null) {
      return null;
    }
    int v = value();
    if (v < 0) {
      return null;
    }
    return build ? values.token(tokens.get(v), t) : STAND_IN;
  }

  /** The index of a value token of the shapes read here (stepped over), or -1. */
  private int value() {
    if (!startsValue(p)) {
      return -1;
    }
    return p++;
  }

  private boolean startsValue(int i) {
    switch (type(i)) {
      case LOCAL_VAR, GLOBAL_VAR, INT, LLVMLexer.FLOAT, LLVMLexer.HEX_FLOAT, LLVMLexer.TRUE,
          LLVMLexer.FALSE, LLVMLexer.NULL, LLVMLexer.NONE, LLVMLexer.UNDEF, LLVMLexer.POISON,
          LLVMLexer.ZEROINITIALIZER -> {
        return true;
      }
      default -> {
        return false;
      }
    }
  }

  private boolean startsType(int i) {
    int t = type(i);
    return t == INT_TYPE || t == PTR || t == LOCAL_VAR || t == LBRACK || t == LT || t == LBRACE
        || (t > 0 && t < PRIMITIVES.length && PRIMITIVES[t] != null);
  }

  /** Steps over a type; -1 when it is not of the shapes read here. */
  private int skipType() {
    boolean was = build;
    build = false;
    Type t = type();
    build = was;
    return t == null ? -1 : p;
  }

  /**
   * A type of the shapes above, or null when it is not one (a typed pointer, a function type,
   * addrspace, target types, vscale). While checking shapes, named types are not looked up.
   */
  private Type type() {
    int k = type(p);
    Type out;
    switch (k) {
      case INT_TYPE -> {
        out = build ? integer(p) : IntegerType.I1;
        p++;
      }
      case PTR -> {
        p++;
        out = PointerType.PTR;
      }
      case LOCAL_VAR -> {
        out = build ? types.named(tokens.get(p)) : IntegerType.I1;
        p++;
      }
      case LBRACK, LT -> {
        out = sequential(k == LBRACK ? RBRACK : GT);
      }
      case LBRACE -> {
        out = struct(false);
      }
      default -> {
        out = k > 0 && k < PRIMITIVES.length ? PRIMITIVES[k] : null;
        if (out != null) {
          p++;
        }
      }
    }
    if (out == null) {
      return null;
    }
    int next = type(p);
    if (next == LLVMLexer.STAR || next == LPAREN || next == LLVMLexer.ADDRSPACE) {
      return null; // a typed pointer or a function type: the parser's
    }
    return out;
  }

  /** `[N x T]` or `<N x T>`, or a packed struct `<{...}>`. */
  private Type sequential(int close) {
    if (close == GT && type(p + 1) == LBRACE) {
      p++;
      Type s = struct(true);
      return s != null && take(GT) ? s : null;
    }
    int n = p + 1;
    if (type(n) != INT || type(p + 2) != X) {
      return null;
    }
    p += 3;
    Type element = type();
    if (element == null || !take(close)) {
      return null;
    }
    if (!build) {
      return IntegerType.I1;
    }
    return close == RBRACK ? ArrayType.get(Tokens.arrayLength(tokens.get(n)), element)
        : VectorType.get(number(n), element, false);
  }

  /** `{ T, ... }` at '{'. */
  private Type struct(boolean packed) {
    p++;
    List<Type> elements = new ArrayList<>();
    if (!take(RBRACE)) {
      do {
        Type e = type();
        if (e == null) {
          return null;
        }
        elements.add(e);
      } while (take(COMMA));
      if (!take(RBRACE)) {
        return null;
      }
    }
    return build ? StructType.literal(elements, packed) : IntegerType.I1;
  }

  private int type(int i) {
    return tokens.typeAt(i);
  }

  private boolean take(int type) {
    if (type(p) != type) {
      return false;
    }
    p++;
    return true;
  }
}
