// Tests of the Verifier on modules built with the model API (there is no parser yet): one clean
// module that must verify without findings, and one negative case per rule, each asserting the
// only finding's message and its position. Negative cases put the offending instruction on line
// 2, column 3 of a function whose entry block starts on line 1.
package dev.irscope.ir;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class VerifierTest {
  private static final Type I1 = IntegerType.I1;
  private static final Type I32 = IntegerType.I32;
  private static final Type I64 = IntegerType.I64;
  private static final Type PTR = PointerType.PTR;
  private static final Type FLOAT = PrimitiveType.FLOAT;
  private static final AtomicOrdering NA = AtomicOrdering.NOT_ATOMIC;

  private Module m;
  /** define i32 @f(i32 %a, i64 %w, ptr %p, float %x, i1 %c), at line 1. */
  private Function f;
  private Argument a;
  private Argument w;
  private Argument p;
  private Argument x;
  private Argument c;
  private BasicBlock entry;

  @BeforeEach
  void setUp() {
    m = new Module();
    f = function("f", I32, List.of(I32, I64, PTR, FLOAT, I1), "a", "w", "p", "x", "c");
    f.setPosition(1, 1);
    a = f.argument(0);
    w = f.argument(1);
    p = f.argument(2);
    x = f.argument(3);
    c = f.argument(4);
    entry = block(f, "entry", 1);
  }

  private Function function(String name, Type ret, List<Type> params, String... argNames) {
    Function fn = new Function(name);
    fn.setFunctionType(FunctionType.get(ret, params, false));
    for (int i = 0; i < argNames.length; i++) {
      fn.argument(i).setName(argNames[i]);
    }
    m.addGlobal(fn);
    return fn;
  }

  private static BasicBlock block(Function fn, String name, int line) {
    BasicBlock b = new BasicBlock(name);
    b.setPosition(line, 1);
    fn.addBlock(b);
    return b;
  }

  /** Appends {@code i} to {@code b}, named {@code name} (null: unnamed), at (line, 3). */
  private static <T extends Instruction> T add(BasicBlock b, int line, String name, T i) {
    i.setName(name);
    i.setPosition(line, 3);
    b.append(i);
    return i;
  }

  private static ReturnInst ret(BasicBlock b, int line, Value v) {
    return add(b, line, null, new ReturnInst(v));
  }

  /** Adds {@code i} as %bad on line 2 of the entry block, then "ret i32 %a" on line 3. */
  private <T extends Instruction> T bad(T i) {
    add(entry, 2, "bad", i);
    ret(entry, 3, a);
    return i;
  }

  private static ConstantInt i32(long v) {
    return ConstantInt.get(IntegerType.I32, v);
  }

  private void assertOnly(int line, int column, String message) {
    List<Diagnostic> ds = Verifier.verify(m);
    assertWithMessage("diagnostics: %s", ds).that(ds).hasSize(1);
    Diagnostic d = ds.get(0);
    assertThat(d.severity()).isEqualTo(Diagnostic.Severity.ERROR);
    assertThat(d.message()).contains(message);
    assertWithMessage("position of %s", d).that(List.of(d.line(), d.column()))
        .containsExactly(line, column).inOrder();
  }

  private void assertBadInstruction(String message) {
    assertOnly(2, 3, message);
  }

  // Positive case.

  @Test
  void cleanModuleHasNoDiagnostics() {
    Function printf = new Function("printf");
    printf.setFunctionType(FunctionType.get(I32, List.of(PTR), true));
    m.addGlobal(printf);
    GlobalVariable g = new GlobalVariable("g");
    g.setValueType(I32);
    g.setInitializer(i32(0));
    m.addGlobal(g);
    MDNode empty = new MDNode(1);
    empty.define(null, false, List.of(), List.of(), 21);
    MDNode node = new MDNode(0);
    node.define(null, false, List.of(), List.of(empty), 20);
    m.metadata().put(0, node);
    m.metadata().put(1, empty);
    m.namedMetadata().put("llvm.ident", new NamedMDNode("llvm.ident", List.of(node)));
    f.addAttachment(new MetadataAttachment("dbg", node));

    BasicBlock loop = block(f, "loop", 20);
    BasicBlock exit = block(f, "exit", 30);
    BasicBlock done = block(f, "done", 40);
    Instruction s = add(entry, 2, "s", new BinaryOperator(Opcode.ADD, a, a));
    Instruction l = add(entry, 3, "l", new LoadInst(I32, p, false, NA, null, 4));
    add(entry, 4, null, new StoreInst(s, p, false, AtomicOrdering.SEQ_CST, null, 4));
    add(entry, 5, "fs", new BinaryOperator(Opcode.FADD, x, x));
    Instruction cmp = add(entry, 6, "cmp", new ICmpInst("slt", s, l));
    Instruction sel = add(entry, 7, "sel", new SelectInst(cmp, s, l));
    add(entry, 8, "z", CastInst.create(Opcode.ZEXT, sel, I64));
    Instruction t = add(entry, 9, "t", CastInst.create(Opcode.TRUNC, w, I32));
    add(entry, 10, "bc", CastInst.create(Opcode.BITCAST, x, I32));
    Instruction pi = add(entry, 11, "pi", CastInst.create(Opcode.PTRTOINT, p, I64));
    add(entry, 12, "ip", CastInst.create(Opcode.INTTOPTR, pi, PTR));
    add(entry, 13, "call", new CallInst(printf.functionType(), printf, List.of(p, a, x)));
    Instruction vcmp = add(entry, 14, "vcmp", new FCmpInst("olt",
        ConstantKeyword.get(VectorType.get(2, FLOAT, false), ConstantKeyword.Kind.ZEROINITIALIZER),
        ConstantKeyword.get(VectorType.get(2, FLOAT, false), ConstantKeyword.Kind.POISON)));
    Value v2 = ConstantKeyword.get(VectorType.get(2, I32, false), ConstantKeyword.Kind.POISON);
    add(entry, 15, "vsel", new SelectInst(vcmp, v2, v2));
    add(entry, 16, null, new BranchInst(c, loop, exit));
    PhiInst i = add(loop, 21, "i", new PhiInst(I32));
    Instruction next = add(loop, 22, "next", new BinaryOperator(Opcode.ADD, i, i32(1)));
    i.addIncoming(i32(0), entry);
    i.addIncoming(next, loop);
    Instruction stop = add(loop, 23, "stop", new ICmpInst("eq", next, a));
    stop.addAttachment(new MetadataAttachment("md", empty));
    add(loop, 24, null, new BranchInst(stop, exit, loop));
    PhiInst r = add(exit, 31, "r", new PhiInst(I32));
    r.addIncoming(t, entry);
    r.addIncoming(next, loop);
    add(exit, 32, "cx", new AtomicCmpXchgInst(p, i32(0), i32(1), false, false,
        AtomicOrdering.ACQ_REL, AtomicOrdering.ACQUIRE, null, 4));
    add(exit, 33, null, new FenceInst(AtomicOrdering.SEQ_CST, null));
    SwitchInst sw = add(exit, 34, null, new SwitchInst(r, done));
    sw.addCase(i32(0), done);
    ret(done, 41, r);

    assertThat(Verifier.verify(m)).isEmpty();
  }

  // Block structure.

  @Test
  void blockWithoutInstructionsDoesNotEndWithATerminator() {
    ret(entry, 2, a);
    block(f, "empty", 5);
    assertOnly(5, 1, "block '%empty' does not end with a terminator");
  }

  @Test
  void blockEndingInANonTerminatorIsReportedAtTheBlock() {
    add(entry, 2, "s", new BinaryOperator(Opcode.ADD, a, a));
    assertOnly(1, 1, "block '%entry' does not end with a terminator");
  }

  @Test
  void terminatorInTheMiddleOfABlockIsReported() {
    BasicBlock exit = block(f, "exit", 10);
    ret(exit, 11, a);
    bad(new BranchInst(exit));
    assertOnly(2, 3, "terminator found in the middle of a basic block: br label %exit");
  }

  @Test
  void phiAfterANonPhiIsNotGroupedAtTheTop() {
    BasicBlock next = block(f, "next", 10);
    add(entry, 2, null, new BranchInst(next));
    add(next, 11, "s", new BinaryOperator(Opcode.ADD, a, a));
    PhiInst phi = add(next, 12, "late", new PhiInst(I32));
    phi.addIncoming(a, entry);
    ret(next, 13, a);
    assertOnly(12, 3, "phi nodes not grouped at top of basic block: %late = phi i32");
  }

  @Test
  void phiEntryFromABlockThatIsNoPredecessorIsReported() {
    BasicBlock other = block(f, "other", 10);
    ret(other, 11, a);
    PhiInst phi = add(entry, 2, "phi", new PhiInst(I32));
    phi.addIncoming(a, other);
    ret(entry, 3, phi);
    assertOnly(2, 3, "phi node entry for '%other' is not a predecessor of its block");
  }

  @Test
  void phiWithoutAnEntryForAPredecessorIsReported() {
    BasicBlock left = block(f, "left", 10);
    BasicBlock right = block(f, "right", 20);
    BasicBlock join = block(f, "join", 30);
    add(entry, 2, null, new BranchInst(c, left, right));
    add(left, 11, null, new BranchInst(join));
    add(right, 21, null, new BranchInst(join));
    PhiInst phi = add(join, 31, "phi", new PhiInst(I32));
    phi.addIncoming(a, left);
    ret(join, 32, phi);
    assertOnly(31, 3, "phi node has no entry for predecessor '%right'");
  }

  @Test
  void definitionWithoutBlocksIsReported() {
    Function g = function("empty", PrimitiveType.VOID, List.of());
    g.setDefinition(true);
    g.setPosition(7, 1);
    ret(entry, 2, a);
    assertOnly(7, 1, "function body requires at least one basic block: @empty");
  }

  // Operands.

  @Test
  void nullOperandIsReportedWithoutThrowing() {
    BinaryOperator s = bad(new BinaryOperator(Opcode.ADD, a, a));
    s.setOperand(1, null);
    assertBadInstruction("operand 1 is null: %bad = add i32 %a, <null>");
  }

  @Test
  void halfBuiltFunctionWithNullTypesDoesNotThrow() {
    add(entry, 2, null, new LoadInst(null, p, false, NA, null, 4));
    add(entry, 3, "cast", CastInst.create(Opcode.ZEXT, a, null));
    PhiInst phi = add(entry, 4, "phi", new PhiInst(null));
    phi.addIncoming(a, entry);
    BinaryOperator s = add(entry, 5, "s", new BinaryOperator(Opcode.ADD, a, a));
    s.setOperand(1, null);
    x.setType(null);
    add(entry, 6, "fs", new BinaryOperator(Opcode.FADD, x, x));
    ret(entry, 7, a);
    List<Diagnostic> ds = Verifier.verify(m);
    assertThat(ds.stream().map(Diagnostic::message).toList()).containsExactly(
        "phi nodes not grouped at top of basic block: %phi = phi i32 %a",
        "phi node entry for '%entry' is not a predecessor of its block: %phi = phi i32 %a",
        "operand 1 is null: %s = add i32 %a, <null>");
  }

  @Test
  void undefinedValueIsReportedOnceAtItsFirstReference() {
    UndefinedValue u = new UndefinedValue("nope", I32, 2, 15);
    add(entry, 2, "s", new BinaryOperator(Opcode.ADD, a, u));
    add(entry, 3, "t", new BinaryOperator(Opcode.ADD, u, a));
    ret(entry, 4, a);
    assertOnly(2, 15, "use of undefined value '%nope'");
  }

  @Test
  void argumentOfAnotherFunctionIsReported() {
    Function g = function("g", I32, List.of(I32), "other");
    bad(new BinaryOperator(Opcode.ADD, a, g.argument(0)));
    assertBadInstruction("referring to an argument in another function: %other");
  }

  @Test
  void instructionOfAnotherFunctionIsReported() {
    Function g = function("g", I32, List.of(I32), "b");
    BasicBlock gEntry = block(g, "entry", 20);
    Instruction t = add(gEntry, 21, "t", new BinaryOperator(Opcode.ADD, g.argument(0), i32(1)));
    ret(gEntry, 22, t);
    bad(new BinaryOperator(Opcode.ADD, a, t));
    assertBadInstruction("referring to an instruction in another function: %t");
  }

  @Test
  void useBeforeDefinitionInTheSameBlockDoesNotDominate() {
    BinaryOperator use = bad(new BinaryOperator(Opcode.ADD, a, a));
    Instruction later = add(entry, 3, "later", new BinaryOperator(Opcode.MUL, a, a));
    entry.remove(later);
    entry.insert(1, later);
    use.setOperand(1, later);
    assertBadInstruction("instruction does not dominate all uses: %later = mul i32 %a, %a");
  }

  @Test
  void phiMayUseAValueDefinedLaterInItsBlock() {
    BasicBlock loop = block(f, "loop", 10);
    add(entry, 2, null, new BranchInst(loop));
    PhiInst i = add(loop, 11, "i", new PhiInst(I32));
    Instruction next = add(loop, 12, "next", new BinaryOperator(Opcode.ADD, i, i32(1)));
    i.addIncoming(a, entry);
    i.addIncoming(next, loop);
    add(loop, 13, null, new BranchInst(loop));
    assertThat(Verifier.verify(m)).isEmpty();
  }

  @Test
  void localNameDefinedTwiceIsReportedAtTheSecondDefinition() {
    add(entry, 2, "a", new BinaryOperator(Opcode.ADD, a, a));
    ret(entry, 3, a);
    assertOnly(2, 3, "multiple definition of local value named 'a'");
  }

  @Test
  void blockAndInstructionShareOneNamespace() {
    BasicBlock dup = block(f, "s", 10);
    add(entry, 2, null, new BranchInst(dup));
    add(dup, 11, "s", new BinaryOperator(Opcode.ADD, a, a));
    ret(dup, 12, a);
    assertOnly(11, 3, "multiple definition of local value named 's'");
  }

  // Operand types.

  @Test
  void binaryOperandsOfDifferentTypesAreReported() {
    bad(new BinaryOperator(Opcode.ADD, a, w));
    assertBadInstruction("both operands to a binary operator are not of the same type");
  }

  @Test
  void integerOperatorOnFloatsIsReported() {
    bad(new BinaryOperator(Opcode.ADD, x, x));
    assertBadInstruction("integer arithmetic operators only work with integral types");
  }

  @Test
  void floatingPointOperatorOnIntegersIsReported() {
    bad(new BinaryOperator(Opcode.FMUL, a, a));
    assertBadInstruction("floating-point arithmetic operators only work with floating-point");
  }

  @Test
  void floatingPointOperatorOnIntegerVectorsIsReported() {
    Value v = ConstantKeyword.get(VectorType.get(4, I32, false), ConstantKeyword.Kind.POISON);
    bad(new BinaryOperator(Opcode.FADD, v, v));
    assertBadInstruction("floating-point arithmetic operators only work with floating-point");
  }

  @Test
  void fnegOnIntegersIsReported() {
    bad(new UnaryOperator(Opcode.FNEG, a));
    assertBadInstruction("fneg operator only works with floating-point types");
  }

  @Test
  void icmpOperandsOfDifferentTypesAreReported() {
    bad(new ICmpInst("eq", a, w));
    assertBadInstruction("both operands to icmp instruction are not of the same type");
  }

  @Test
  void icmpOnFloatsIsReported() {
    bad(new ICmpInst("eq", x, x));
    assertBadInstruction("invalid operand types for icmp instruction");
  }

  @Test
  void fcmpOnIntegersIsReported() {
    bad(new FCmpInst("oeq", a, a));
    assertBadInstruction("invalid operand types for fcmp instruction");
  }

  @Test
  void loadFromANonPointerIsReported() {
    bad(new LoadInst(I32, w, false, NA, null, 4));
    assertBadInstruction("load operand must be a pointer: %bad = load i32, i64 %w, align 4");
  }

  @Test
  void storeToANonPointerIsReported() {
    add(entry, 2, null, new StoreInst(a, w, false, NA, null, 4));
    ret(entry, 3, a);
    assertBadInstruction("store operand must be a pointer");
  }

  @Test
  void storeOfAVoidValueIsNotFirstClass() {
    Function v = function("v", PrimitiveType.VOID, List.of());
    CallInst call = add(entry, 2, null, new CallInst(v.functionType(), v, List.of()));
    add(entry, 3, null, new StoreInst(call, p, false, NA, null, 4));
    ret(entry, 4, a);
    assertOnly(3, 3, "stored value must be first class type");
  }

  @Test
  void cmpxchgOnANonPointerIsReported() {
    bad(new AtomicCmpXchgInst(a, a, a, false, false, AtomicOrdering.SEQ_CST,
        AtomicOrdering.SEQ_CST, null, 4));
    assertBadInstruction("cmpxchg operand must be a pointer");
  }

  @Test
  void atomicrmwOnANonPointerIsReported() {
    bad(new AtomicRMWInst("add", a, a, false, AtomicOrdering.SEQ_CST, null, 4));
    assertBadInstruction("atomicrmw operand must be a pointer");
  }

  @Test
  void selectConditionThatIsNotI1IsReported() {
    bad(new SelectInst(a, a, a));
    assertBadInstruction("select condition must be i1 or <n x i1>");
  }

  @Test
  void branchConditionThatIsNotI1IsReported() {
    BasicBlock exit = block(f, "exit", 10);
    ret(exit, 11, a);
    add(entry, 2, null, new BranchInst(a, exit, exit));
    assertOnly(2, 3, "branch condition is not 'i1' type: br i32 %a, label %exit, label %exit");
  }

  @Test
  void switchCaseOfAnotherTypeIsReported() {
    BasicBlock exit = block(f, "exit", 10);
    ret(exit, 11, a);
    SwitchInst sw = add(entry, 2, null, new SwitchInst(a, exit));
    sw.addCase(i32(1), exit);
    sw.addCase(ConstantInt.get(IntegerType.I64, 2), exit);
    assertOnly(2, 3, "switch constants must all be same type as switch value (case 2 is 'i64'");
  }

  @Test
  void returnOfAnotherTypeIsReported() {
    ret(entry, 2, w);
    assertOnly(2, 3, "function return type does not match operand type of return inst "
        + "(function returns 'i32'): ret i64 %w");
  }

  @Test
  void retVoidInANonVoidFunctionIsReported() {
    ret(entry, 2, null);
    assertOnly(2, 3, "function return type does not match operand type of return inst "
        + "(function returns 'i32'): ret void");
  }

  @Test
  void callWithTooFewArgumentsIsReported() {
    Function g = function("g", I32, List.of(I32, I32));
    bad(new CallInst(g.functionType(), g, List.of(a)));
    assertBadInstruction("incorrect number of arguments passed to called function (expected 2,"
        + " got 1)");
  }

  @Test
  void callArgumentOfAnotherTypeIsReported() {
    Function g = function("g", I32, List.of(I32));
    bad(new CallInst(g.functionType(), g, List.of(w)));
    assertBadInstruction("call parameter type does not match function signature (argument 0 is"
        + " 'i64', parameter is 'i32')");
  }

  @Test
  void variadicCallNeedsOnlyTheFixedArguments() {
    Function g = new Function("g");
    g.setFunctionType(FunctionType.get(I32, List.of(PTR), true));
    m.addGlobal(g);
    bad(new CallInst(g.functionType(), g, List.of()));
    assertBadInstruction("(expected 1 or more, got 0)");
  }

  @Test
  void phiIncomingValueOfAnotherTypeIsReported() {
    BasicBlock join = block(f, "join", 10);
    add(entry, 2, null, new BranchInst(join));
    PhiInst phi = add(join, 11, "phi", new PhiInst(I32));
    phi.addIncoming(w, entry);
    ret(join, 12, phi);
    assertOnly(11, 3, "phi node operands are not the same type as the result");
  }

  @Test
  void truncToAWiderTypeIsAnInvalidCast() {
    bad(CastInst.create(Opcode.TRUNC, a, I64));
    assertBadInstruction("invalid cast opcode for cast from 'i32' to 'i64'");
  }

  @Test
  void zextToANarrowerTypeIsAnInvalidCast() {
    bad(CastInst.create(Opcode.ZEXT, w, I32));
    assertBadInstruction("invalid cast opcode for cast from 'i64' to 'i32'");
  }

  @Test
  void sextToTheSameWidthIsAnInvalidCast() {
    bad(CastInst.create(Opcode.SEXT, a, I32));
    assertBadInstruction("invalid cast opcode for cast from 'i32' to 'i32'");
  }

  @Test
  void fpextOfAnIntegerIsAnInvalidCast() {
    bad(CastInst.create(Opcode.FPEXT, a, PrimitiveType.DOUBLE));
    assertBadInstruction("invalid cast opcode for cast from 'i32' to 'double'");
  }

  @Test
  void fptruncToAWiderTypeIsAnInvalidCast() {
    bad(CastInst.create(Opcode.FPTRUNC, x, PrimitiveType.DOUBLE));
    assertBadInstruction("invalid cast opcode for cast from 'float' to 'double'");
  }

  @Test
  void ptrtointOfAnIntegerIsAnInvalidCast() {
    bad(CastInst.create(Opcode.PTRTOINT, a, I64));
    assertBadInstruction("invalid cast opcode for cast from 'i32' to 'i64'");
  }

  @Test
  void inttoptrToAnIntegerIsAnInvalidCast() {
    bad(CastInst.create(Opcode.INTTOPTR, w, I32));
    assertBadInstruction("invalid cast opcode for cast from 'i64' to 'i32'");
  }

  @Test
  void bitcastBetweenSizesIsAnInvalidCast() {
    bad(CastInst.create(Opcode.BITCAST, x, I64));
    assertBadInstruction("invalid cast opcode for cast from 'float' to 'i64'");
  }

  @Test
  void bitcastOfAVectorToAnIntegerOfTheSameSizeIsValid() {
    Value v = ConstantKeyword.get(VectorType.get(2, I32, false), ConstantKeyword.Kind.POISON);
    add(entry, 2, "bc", CastInst.create(Opcode.BITCAST, v, I64));
    ret(entry, 3, a);
    assertThat(Verifier.verify(m)).isEmpty();
  }

  @Test
  void bitcastOfAPointerToAnIntegerIsAnInvalidCast() {
    bad(CastInst.create(Opcode.BITCAST, p, I64));
    assertBadInstruction("invalid cast opcode for cast from 'ptr' to 'i64'");
  }

  // Atomics.

  @Test
  void loadWithReleaseOrderingIsReported() {
    bad(new LoadInst(I32, p, false, AtomicOrdering.RELEASE, null, 4));
    assertBadInstruction("load cannot have release ordering");
  }

  @Test
  void storeWithAcquireReleaseOrderingIsReported() {
    add(entry, 2, null, new StoreInst(a, p, false, AtomicOrdering.ACQ_REL, null, 4));
    ret(entry, 3, a);
    assertBadInstruction("store cannot have acquire ordering");
  }

  @Test
  void atomicLoadWithoutAlignmentIsReported() {
    bad(new LoadInst(I32, p, false, AtomicOrdering.ACQUIRE, null, 0));
    assertBadInstruction("atomic load must have explicit non-zero alignment");
  }

  @Test
  void atomicStoreWithoutAlignmentIsReported() {
    add(entry, 2, null, new StoreInst(a, p, false, AtomicOrdering.MONOTONIC, null, 0));
    ret(entry, 3, a);
    assertBadInstruction("atomic store must have explicit non-zero alignment");
  }

  @Test
  void cmpxchgFailureOrderingStrongerThanSuccessIsAccepted() {
    // LLVM has allowed this since LLVM 13 (rustc emits "monotonic acquire").
    add(entry, 2, null, new AtomicCmpXchgInst(p, a, a, false, false, AtomicOrdering.MONOTONIC,
        AtomicOrdering.ACQUIRE, null, 4));
    ret(entry, 3, a);
    assertThat(Verifier.verify(m)).isEmpty();
  }

  @Test
  void cmpxchgFailureOrderingWithReleaseIsReported() {
    bad(new AtomicCmpXchgInst(p, a, a, false, false, AtomicOrdering.SEQ_CST,
        AtomicOrdering.RELEASE, null, 4));
    assertBadInstruction("cmpxchg failure ordering cannot include release semantics");
  }

  @Test
  void fenceWithMonotonicOrderingIsReported() {
    add(entry, 2, null, new FenceInst(AtomicOrdering.MONOTONIC, null));
    ret(entry, 3, a);
    assertBadInstruction("fence instructions may only have acquire, release, acq_rel, or "
        + "seq_cst ordering: fence monotonic");
  }

  // Globals.

  @Test
  void globalInitializerOfAnotherIntegerWidthIsReported() {
    ret(entry, 2, a);
    GlobalVariable g = new GlobalVariable("g");
    g.setValueType(I32);
    g.setInitializer(ConstantInt.get(IntegerType.I64, 0));
    g.setPosition(9, 1);
    m.addGlobal(g);
    assertOnly(9, 1, "global variable initializer type does not match global variable type: "
        + "@g is 'i32', initializer is 'i64'");
  }

  @Test
  void globalInitializerThatIsAPointerForAnIntegerIsReported() {
    ret(entry, 2, a);
    GlobalVariable g = new GlobalVariable("g");
    g.setValueType(I64);
    g.setInitializer(ConstantKeyword.get(PTR, ConstantKeyword.Kind.NULL));
    g.setPosition(9, 1);
    m.addGlobal(g);
    assertOnly(9, 1, "@g is 'i64', initializer is 'ptr'");
  }

  // Metadata.

  @Test
  void undefinedMetadataOnAnInstructionIsReportedOnce() {
    MDNode undefined = new MDNode(7);
    m.metadata().put(7, undefined);
    Instruction s = add(entry, 2, "s", new BinaryOperator(Opcode.ADD, a, a));
    s.addAttachment(new MetadataAttachment("tbaa", undefined));
    ret(entry, 3, a).addAttachment(new MetadataAttachment("dbg", undefined));
    assertOnly(2, 3, "use of undefined metadata '!7'");
  }

  @Test
  void undefinedMetadataInADebugRecordIsReportedAtTheRecord() {
    MDNode undefined = new MDNode(3);
    ReturnInst r = ret(entry, 3, a);
    r.addDebugRecord(new DebugRecord("value",
        List.of(new ValueAsMetadata(a), undefined, MDNode.inline("DIExpression", List.of(),
            List.of())), 2, 5));
    assertOnly(2, 5, "use of undefined metadata '!3'");
  }

  @Test
  void undefinedMetadataOnAFunctionIsReportedAtTheFunction() {
    ret(entry, 2, a);
    f.addAttachment(new MetadataAttachment("dbg", new MDNode(4)));
    assertOnly(1, 1, "use of undefined metadata '!4'");
  }

  @Test
  void undefinedMetadataOnAGlobalIsReportedAtTheGlobal() {
    ret(entry, 2, a);
    GlobalVariable g = new GlobalVariable("g");
    g.setValueType(I32);
    g.setPosition(9, 1);
    g.addAttachment(new MetadataAttachment("dbg", new MDNode(5)));
    m.addGlobal(g);
    assertOnly(9, 1, "use of undefined metadata '!5'");
  }

  @Test
  void undefinedMetadataInNamedMetadataIsReported() {
    ret(entry, 2, a);
    m.namedMetadata().put("llvm.ident", new NamedMDNode("llvm.ident", List.of(new MDNode(6))));
    assertOnly(0, 0, "use of undefined metadata '!6'");
  }

  @Test
  void undefinedMetadataInANodeIsReportedAtTheNodeThatNamesIt() {
    ret(entry, 2, a);
    MDNode undefined = new MDNode(9);
    MDNode outer = new MDNode(1);
    outer.define(null, false, List.of(), List.of(undefined), 20);
    m.metadata().put(1, outer);
    m.metadata().put(9, undefined);
    assertOnly(20, 0, "use of undefined metadata '!9'");
  }

  // Output.

  @Test
  void diagnosticFormatsLikeLlvmAs() {
    assertThat(Diagnostic.error(3, 7, "use of undefined value '%x'").format("a.ll"))
        .isEqualTo("a.ll:3:7: error: use of undefined value '%x'");
  }
}
