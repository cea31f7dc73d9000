// Translates one function body: groups the flat list of labels and instruction lines into blocks,
// names and numbers values as LLVM does (unnamed arguments, blocks and results take the next
// number), and resolves forward references to values and blocks (phi operands, branches to later
// blocks) when their definition is read. Debug records attach to the instruction that follows.
package dev.irscope.parse;

import dev.irscope.ir.Argument;
import dev.irscope.ir.BasicBlock;
import dev.irscope.ir.DebugRecord;
import dev.irscope.ir.Function;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.Metadata;
import dev.irscope.ir.PrimitiveType;
import dev.irscope.ir.Type;
import dev.irscope.ir.UseListOrder;
import dev.irscope.ir.Value;
import dev.irscope.parse.antlr.LLVMParser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.Token;

final class FunctionBodyTranslator implements LocalScope {
  private final Function function;
  private final Symbols symbols;
  private final Map<String, Value> locals = new HashMap<>();
  private final Map<String, ForwardRef> forward = new LinkedHashMap<>();
  private final Map<String, BasicBlock> blocks = new HashMap<>();
  private final Map<BasicBlock, Token> pendingBlocks = new LinkedHashMap<>();
  private final ValueTranslator values;
  private final MetadataTranslator metadata;
  private final InstructionTranslator instructions;
  private final AttributeTranslator attrs;
  private int nextNumber;

  FunctionBodyTranslator(Symbols symbols, TypeTranslator types, AttributeTranslator attrs,
      Function function, List<Token> argNames) {
    this.function = function;
    this.symbols = symbols;
    this.values = new ValueTranslator(symbols, types, this);
    this.metadata = new MetadataTranslator(symbols, values);
    this.instructions = new InstructionTranslator(values, metadata, attrs,
        function.returnType());
    this.attrs = attrs;
    for (int i = 0; i < argNames.size(); i++) {
      Argument a = function.argument(i);
      Token t = argNames.get(i);
      if (t == null) {
        locals.put(Tokens.numberKey(nextNumber++), a);
      } else {
        define(Tokens.key(t.getText()), a, t);
      }
    }
  }

  private BasicBlock current; // the block being filled, or null after a terminator
  private final List<DebugRecord> records = new ArrayList<>(); // waiting for their instruction

  /** Translates a whole body: every item, then the checks at its end. */
  void translate(LLVMParser.FunctionBodyContext body) {
    for (LLVMParser.BodyItemContext item : body.bodyItem()) {
      item(item);
    }
    finish(body);
  }

  /** One item of the body, in order: a label, an instruction, a debug record, a uselistorder. */
  void item(LLVMParser.BodyItemContext item) {
    if (item.LABEL() != null) {
      label(item.LABEL().getSymbol());
    } else if (item.instructionLine() != null) {
      LLVMParser.InstructionLineContext line = item.instructionLine();
      LLVMParser.InstructionContext ctx = line.instruction();
      begin(line.getStart());
      Instruction inst = instructions.translate(ctx);
      for (org.antlr.v4.runtime.tree.ParseTree c : ctx.children) {
        if (c instanceof LLVMParser.MdAttachmentContext a) {
          inst.addAttachment(metadata.attachment(a));
        }
      }
      append(inst, line.getStart(), line.LOCAL_VAR() == null ? null : line.LOCAL_VAR().getSymbol());
    } else if (item.debugRecord() != null) {
      records.add(debugRecord(item.debugRecord()));
    } else {
      LLVMParser.UseListOrderContext u = item.useListOrder();
      function.addUseListOrder(new UseListOrder(values.typed(u.typedValue()), null, null,
          indexes(u)));
    }
  }

  /** A label: starts the block it names. */
  void label(Token label) {
    if (current != null) {
      throw ParseError.at(label, "expected an instruction: block " + blockName(current)
          + " does not end with a terminator");
    }
    current = defineBlock(Tokens.labelKey(symbols.source.bytes(), label), label);
  }

  /**
   * Before an instruction's operands are read: an instruction outside a block (at the start of
   * the body, or after a terminator) starts an unnamed one, which takes the next number.
   */
  void begin(Token start) {
    if (current == null) {
      current = defineBlock(null, start);
    }
  }

  /**
   * An instruction read (after {@link #begin}), with its attachments: positions it at
   * {@code start} (its line's first token), names it ({@code name}: the token of `%x =`, or
   * null) or numbers it, gives it the debug records read before it and appends it to the block.
   */
  void append(Instruction inst, Token start, Token name) {
    inst.setPosition(start.getLine(), start.getCharPositionInLine() + 1);
    if (name != null) {
      if (!inst.hasResult()) {
        throw ParseError.at(name, "instructions returning void cannot have a name");
      }
      define(Tokens.key(symbols.source.bytes(), name), inst, name);
    } else if (inst.hasResult()) {
      define(Tokens.numberKey(nextNumber), inst, start);
    }
    for (DebugRecord r : records) {
      inst.addDebugRecord(r);
    }
    records.clear();
    current.append(inst);
    if (inst.isTerminator()) {
      current = null; // an instruction after a terminator starts an unnamed block
    }
  }

  /** A debug record read: it goes to the next instruction. */
  void record(DebugRecord r) {
    records.add(r);
  }

  /** The function, values and metadata of this body, for FastBodyItems. */
  Function function() {
    return function;
  }

  ValueTranslator values() {
    return values;
  }

  AttributeTranslator attributes() {
    return attrs;
  }

  CallTranslator calls() {
    return instructions.calls();
  }

  MetadataTranslator metadata() {
    return metadata;
  }

  /** The checks once every item is read ({@code body} gives the closing brace's position). */
  void finish(LLVMParser.FunctionBodyContext body) {
    if (!records.isEmpty()) {
      throw ParseError.at(body.getStop(), "debug record must be followed by an instruction");
    }
    if (current != null) {
      throw ParseError.at(body.getStop(), "expected an instruction: block " + blockName(current)
          + " does not end with a terminator");
    }
    for (ForwardRef f : forward.values()) {
      throw ParseError.at(f.firstUse, "use of undefined value '%" + f.name() + "'");
    }
    for (Map.Entry<BasicBlock, Token> e : pendingBlocks.entrySet()) {
      throw ParseError.at(e.getValue(), "use of undefined value '" + e.getValue().getText() + "'");
    }
    if (function.blocks().isEmpty()) {
      throw ParseError.at(body.getStop(), "function body requires at least one basic block");
    }
    Map<String, BasicBlock> numbered = new HashMap<>();
    blocks.forEach((key, b) -> {
      if (Tokens.isNumberKey(key)) {
        numbered.put(key, b);
      }
    });
    if (!numbered.isEmpty()) {
      symbols.numberedBlocks.put(function, numbered);
    }
  }

  private String blockName(BasicBlock b) {
    return b.hasName() ? "'%" + b.name() + "'" : "#" + function.blocks().indexOf(b);
  }

  static List<Integer> indexes(LLVMParser.UseListOrderContext u) {
    List<Integer> out = new ArrayList<>();
    for (var i : u.INT()) {
      out.add(Integer.parseInt(i.getText()));
    }
    return out;
  }

  private DebugRecord debugRecord(LLVMParser.DebugRecordContext ctx) {
    List<Metadata> args = new ArrayList<>();
    for (LLVMParser.MdOperandContext o : ctx.mdOperand()) {
      args.add(metadata.operand(o));
    }
    return debugRecord(ctx.getStart(), args);
  }

  /** The record that {@code t} (#dbg_value, #dbg_declare, ...) starts, with its operands. */
  DebugRecord debugRecord(Token t, List<Metadata> args) {
    byte[] b = symbols.source.bytes();
    String kind = Spellings.get().text(b, t.getStartIndex() + "#dbg_".length(),
        t.getStopIndex() + 1); // one shared "value" for the many records
    return new DebugRecord(kind, args, t.getLine(), t.getCharPositionInLine() + 1);
  }

  /** Registers a named or numbered local value (by its key) and resolves forward references. */
  private void define(String name, Value v, Token at) {
    if (Tokens.isNumberKey(name)) {
      int n = parseNumber(name.substring(1), at);
      if (n < nextNumber) {
        throw ParseError.at(at, "instruction expected to be numbered '%" + nextNumber
            + "' or greater");
      }
      nextNumber = n + 1;
    } else {
      v.setName(name);
    }
    if (locals.containsKey(name) || blocks.containsKey(name)) {
      throw ParseError.at(at, "multiple definition of local value named '"
          + Tokens.keyName(name) + "'");
    }
    locals.put(name, v);
    ForwardRef f = forward.remove(name);
    if (f != null) {
      if (f.type() != v.type()) {
        throw ParseError.at(at, "'%" + Tokens.keyName(name) + "' defined with type '"
            + v.type() + "' but expected '" + f.type() + "'");
      }
      f.resolve(v);
    }
  }

  private static int parseNumber(String name, Token at) {
    try {
      return Integer.parseInt(name);
    } catch (NumberFormatException e) {
      throw ParseError.at(at, "value number too large");
    }
  }

  private BasicBlock defineBlock(String name, Token at) {
    BasicBlock b;
    if (name == null) {
      name = Tokens.numberKey(nextNumber);
    }
    if (Tokens.isNumberKey(name)) {
      int n = parseNumber(name.substring(1), at);
      if (n < nextNumber) {
        throw ParseError.at(at, "label expected to be numbered '" + nextNumber
            + "' or greater");
      }
      nextNumber = n + 1;
    }
    if (locals.containsKey(name)) {
      throw ParseError.at(at, "multiple definition of local value named '"
          + Tokens.keyName(name) + "'");
    }
    b = blocks.get(name);
    if (b == null) {
      b = new BasicBlock(Tokens.isNumberKey(name) ? null : name);
      blocks.put(name, b);
    } else if (pendingBlocks.remove(b) == null) {
      throw ParseError.at(at, "redefinition of label '" + Tokens.keyName(name) + "'");
    }
    b.setPosition(at.getLine(), at.getCharPositionInLine() + 1);
    function.addBlock(b);
    return b;
  }

  @Override
  public Value local(String name, Type type, Token at) {
    Value v = locals.get(name);
    if (v != null) {
      if (v.type() != type) {
        throw ParseError.at(at, "'%" + Tokens.keyName(name) + "' defined with type '"
            + v.type() + "' but expected '" + type + "'");
      }
      return v;
    }
    if (blocks.containsKey(name) && type != PrimitiveType.LABEL) {
      throw ParseError.at(at, "'%" + Tokens.keyName(name) + "' is a basic block, not a value of type " + type);
    }
    ForwardRef f = forward.get(name);
    if (f == null) {
      f = new ForwardRef(type, Tokens.keyName(name), at);
      forward.put(name, f);
    } else if (f.type() != type) {
      throw ParseError.at(at, "'%" + Tokens.keyName(name) + "' used with type '" + type + "' but earlier with '"
          + f.type() + "'");
    }
    return f;
  }

  @Override
  public BasicBlock block(String name, Token at) {
    BasicBlock b = blocks.get(name);
    if (b == null) {
      if (locals.containsKey(name)) {
        throw ParseError.at(at, "'%" + Tokens.keyName(name) + "' is not a basic block");
      }
      b = new BasicBlock(Tokens.isNumberKey(name) ? null : name);
      blocks.put(name, b);
      pendingBlocks.put(b, at);
    }
    return b;
  }
}
