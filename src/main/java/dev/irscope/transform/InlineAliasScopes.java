// The scoped-noalias metadata of inlined code gets its own scopes, as LLVM's
// ScopedAliasMetadataDeepCloner gives them: "!noalias !{S}" claims that an access does not
// alias those in scope S of the same invocation; two inlined copies of one callee are two
// invocations, so sharing S would claim too much. Every node reachable from the !alias.scope
// and !noalias lists of the inlined instructions and from the scope lists of
// llvm.experimental.noalias.scope.decl (the lists, their scopes and the scopes' domains) is
// copied into a new node, numbered after the module's others, and the copies point at each
// other; strings stay shared.
package dev.irscope.transform;

import dev.irscope.analysis.Intrinsics;
import dev.irscope.ir.BasicBlock;
import dev.irscope.ir.CallBase;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.MDNode;
import dev.irscope.ir.Metadata;
import dev.irscope.ir.MetadataAsValue;
import dev.irscope.ir.Module;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

final class InlineAliasScopes {
  private static final List<String> KINDS = List.of("alias.scope", "noalias");

  private InlineAliasScopes() {}

  /** Gives the inlined blocks' scoped-noalias metadata fresh copies of its nodes. */
  static void clone(Module module, List<BasicBlock> blocks) {
    Map<MDNode, MDNode> copies = new LinkedHashMap<>();
    Deque<MDNode> work = new ArrayDeque<>();
    for (BasicBlock b : blocks) {
      for (Instruction i : b.instructions()) {
        for (String kind : KINDS) {
          if (i.attachment(kind) instanceof MDNode n) {
            work.add(n);
          }
        }
        if (isScopeDecl(i) && i.operand(1) instanceof MetadataAsValue mv
            && mv.metadata() instanceof MDNode n) {
          work.add(n);
        }
      }
    }
    while (!work.isEmpty()) {
      MDNode n = work.poll();
      if (copies.containsKey(n)) {
        continue;
      }
      copies.put(n, module.newMetadataNode());
      for (Metadata op : n.operands()) {
        if (op instanceof MDNode m) {
          work.add(m);
        }
      }
    }
    if (copies.isEmpty()) {
      return;
    }
    for (Map.Entry<MDNode, MDNode> e : copies.entrySet()) {
      MDNode n = e.getKey();
      List<Metadata> ops = new ArrayList<>();
      for (Metadata op : n.operands()) {
        ops.add(op instanceof MDNode m ? copies.get(m) : op);
      }
      e.getValue().define(n.kind(), n.isDistinct(), n.fieldNames(), ops, 0);
    }
    for (BasicBlock b : blocks) {
      for (Instruction i : b.instructions()) {
        for (String kind : KINDS) {
          if (i.attachment(kind) instanceof MDNode n) {
            i.setAttachment(kind, copies.get(n));
          }
        }
        if (isScopeDecl(i) && i.operand(1) instanceof MetadataAsValue mv
            && mv.metadata() instanceof MDNode n) {
          i.setOperand(1, new MetadataAsValue(copies.get(n)));
        }
      }
    }
  }

  /** A call of llvm.experimental.noalias.scope.decl: operand 1 is its scope list. */
  private static boolean isScopeDecl(Instruction i) {
    return i instanceof CallBase c && c.numArgs() == 1
        && Intrinsics.isIntrinsic(c, "llvm.experimental.noalias.scope.decl");
  }
}
