// One strongly connected component of the call graph as inference sees it: its functions in
// module order, their states, the rules of the LLVM version being reproduced, and the facts the
// analyses need about calls, answered from the current state of inference.
package dev.irscope.infer;

import dev.irscope.analysis.CallFacts;
import dev.irscope.analysis.CallGraph;
import dev.irscope.analysis.UnderlyingObject;
import dev.irscope.ir.CallBase;
import dev.irscope.ir.Function;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.MemoryEffects;
import dev.irscope.ir.Value;
import java.util.List;
import java.util.Set;

final class SccContext implements CallFacts {
  final List<Function> functions;
  final Set<Function> members;
  final AttributeQueries queries;
  final LlvmVersion llvm;
  /** The argument a call returns, by the `returned` attributes inferred so far. */
  final UnderlyingObject.ReturnedArgument returned;

  private final CallGraph callGraph;

  SccContext(List<Function> functions, AttributeQueries queries, LlvmVersion llvm,
      CallGraph callGraph) {
    this.callGraph = callGraph;
    this.functions = functions;
    this.members = Set.copyOf(functions);
    this.queries = queries;
    this.llvm = llvm;
    this.returned = call -> UnderlyingObject.returnedArgument(call,
        k -> queries.paramHas(call, k, "returned"));
  }

  FunctionState state(Function f) {
    return queries.state(f);
  }

  /** A direct call to a function of this SCC. */
  boolean callsIntoScc(CallBase call) {
    Function callee = call.calledFunction();
    return callee != null && call.callee() == callee && members.contains(callee);
  }

  /** The first indirect call or inline asm call in the SCC, or null (B0.2). */
  Instruction firstUnknownCall() {
    for (Function f : functions) {
      List<CallBase> unknown = callGraph.node(f).unknownCalls();
      if (!unknown.isEmpty()) {
        return unknown.get(0);
      }
    }
    return null;
  }

  Value underlyingObject(Value v) {
    return llvm.aggressiveUnderlyingObjects()
        ? UnderlyingObject.aggressive(v, returned)
        : UnderlyingObject.of(v, returned);
  }

  @Override
  public boolean doesNotCapture(CallBase call, int i) {
    return queries.doesNotCapture(call, i);
  }

  @Override
  public MemoryEffects memoryEffects(CallBase call) {
    return queries.memoryEffects(call);
  }

  @Override
  public boolean doesNotThrow(CallBase call) {
    return queries.fnHas(call, "nounwind");
  }

  void remark(Function f, String name, String attribute, boolean inferred, String message,
      Instruction at) {
    Remark.SourceLocation src = at == null ? null : Places.source(at);
    int line = at == null ? f.line() : at.line();
    int column = at == null ? f.column() : at.column();
    state(f).remark(new Remark(name, attribute, inferred, message, line, column, src));
  }
}
