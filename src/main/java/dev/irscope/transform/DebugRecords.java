// Debug records (#dbg_value, #dbg_declare, #dbg_assign) as transforms that copy code compare,
// rewrite and tidy them: the values a record locates (its first argument, or the values of a
// !DIArgList there), a record with one of those values replaced, the identity LoopRotate gives a
// record to avoid copying it twice (location values, variable, expression: the
// DbgIntrinsicHash), the records a new phi inherits (insertDebugValuesForPHIs), and LLVM's
// RemoveRedundantDbgInstrs for one block: a backward scan drops a
// record that a later one in the same run of records (no instruction between, no declare or
// label) describes for the same variable fragment and inline site, then a forward scan drops a
// dbg_value that gives a variable the location and expression it already has in the block
// (dbg_assign records are kept: irscope does not follow their links to stores).
package dev.irscope.transform;

import dev.irscope.ir.BasicBlock;
import dev.irscope.ir.DILocation;
import dev.irscope.ir.DebugRecord;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.MDNode;
import dev.irscope.ir.MetadataAsValue;
import dev.irscope.ir.Metadata;
import dev.irscope.ir.PhiInst;
import dev.irscope.ir.Value;
import dev.irscope.ir.ValueAsMetadata;
import dev.irscope.ir.ValueMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

final class DebugRecords {
  private DebugRecords() {}

  /** Whether the record describes a variable (not a label). */
  static boolean isVariable(DebugRecord r) {
    return !r.kind().equals("label");
  }

  /** The values the record locates (none for a label or a constant location). */
  static List<Value> locationOps(DebugRecord r) {
    List<Value> out = new ArrayList<>();
    if (!isVariable(r) || r.args().isEmpty()) {
      return out;
    }
    Metadata loc = r.args().get(0);
    if (loc instanceof ValueAsMetadata v) {
      out.add(v.value());
    } else if (loc instanceof MDNode n && n.id() < 0 && "DIArgList".equals(n.kind())) {
      for (Metadata op : n.operands()) {
        if (op instanceof ValueAsMetadata v) {
          out.add(v.value());
        }
      }
    }
    return out;
  }

  /** {@code r} with {@code from} replaced by {@code to} where it locates a value. */
  static DebugRecord replaceLocation(DebugRecord r, Value from, Value to) {
    ValueMapper vm = new ValueMapper();
    vm.put(from, to);
    return vm.map(r);
  }

  /** LoopRotate's DbgIntrinsicHash: the location values, the variable and the expression. */
  static List<Object> identity(DebugRecord r) {
    List<Object> key = new ArrayList<>();
    for (int k = 0; k < Math.min(3, r.args().size()); k++) {
      key.add(key(r.args().get(k)));
    }
    return key;
  }

  /**
   * The identities of the records at the end of {@code b}: on its terminator and on the debug
   * intrinsics right before it, which are identities too.
   */
  static Set<List<Object>> endOf(BasicBlock b) {
    Set<List<Object>> out = new HashSet<>();
    List<Instruction> insts = b.instructions();
    insts.get(insts.size() - 1).debugRecords().forEach(r -> out.add(identity(r)));
    for (int k = insts.size() - 2; k >= 0 && InlineCost.isDebugIntrinsic(insts.get(k)); k--) {
      out.add(identity(insts.get(k)));
      insts.get(k).debugRecords().forEach(r -> out.add(identity(r)));
    }
    return out;
  }

  /** The identity of a debug intrinsic call (llvm.dbg.value and the like), as of a record. */
  static List<Object> identity(Instruction call) {
    List<Object> key = new ArrayList<>();
    for (int k = 0; k < Math.min(3, call.numOperands()); k++) {
      key.add(call.operand(k) instanceof MetadataAsValue mv ? key(mv.metadata())
          : call.operand(k));
    }
    return key;
  }

  /**
   * insertDebugValuesForPHIs: each phi in {@code inserted} that joins a phi of {@code from}
   * located by a record there gets a copy of that record naming it, at the start of its block
   * (one copy per block and record, naming every such phi of the block).
   */
  static void insertForPhis(BasicBlock from, List<PhiInst> inserted) {
    Map<Value, DebugRecord> located = new LinkedHashMap<>();
    for (Instruction i : from.instructions()) {
      for (DebugRecord r : i.debugRecords()) {
        for (Value v : locationOps(r)) {
          if (v instanceof PhiInst) {
            located.putIfAbsent(v, r);
          }
        }
      }
    }
    Map<List<Object>, DebugRecord> made = new LinkedHashMap<>();
    for (PhiInst phi : inserted) {
      for (Value in : phi.operands()) {
        DebugRecord r = located.get(in);
        if (r != null) {
          List<Object> key = List.of(phi.parent(), r);
          DebugRecord now = made.getOrDefault(key, r);
          if (locationOps(now).contains(in)) {
            made.put(key, replaceLocation(now, in, phi));
          }
        }
      }
    }
    for (Map.Entry<List<Object>, DebugRecord> e : made.entrySet()) {
      BasicBlock b = (BasicBlock) e.getKey().get(0);
      b.instructions().get(CfgEdits.phis(b).size()).addDebugRecord(e.getValue());
    }
  }

  private static Object key(Metadata m) {
    if (m instanceof ValueAsMetadata v && v.isLocal()) {
      return v.value();
    }
    if (m instanceof MDNode n && n.id() < 0) {
      List<Object> ops = new ArrayList<>(List.of(String.valueOf(n.kind())));
      for (Metadata op : n.operands()) {
        ops.add(op == null ? "null" : key(op));
      }
      return ops;
    }
    return m == null ? "null" : m.toString();
  }

  /** LLVM's DebugVariable: variable, fragment of the expression and inline site. */
  private static List<Object> variable(DebugRecord r, boolean withFragment) {
    String fragment = "";
    if (withFragment && r.args().size() > 2 && r.args().get(2) != null) {
      String expr = r.args().get(2).toString();
      int at = expr.indexOf("DW_OP_LLVM_fragment");
      fragment = at < 0 ? "" : expr.substring(at);
    }
    DILocation loc = DILocation.of(r.args().get(r.args().size() - 1));
    Object inlinedAt = loc == null || loc.inlinedAt() == null ? "" : loc.inlinedAt().node();
    return List.of(key(r.variable()), fragment, inlinedAt);
  }

  /** RemoveRedundantDbgInstrs on {@code b}: the backward, then the forward scan. */
  static void removeRedundant(BasicBlock b) {
    Map<Instruction, Set<Integer>> drop = new HashMap<>();
    Set<List<Object>> run = new HashSet<>();
    List<Instruction> insts = b.instructions();
    for (int i = insts.size() - 1; i >= 0; i--) {
      List<DebugRecord> rs = insts.get(i).debugRecords();
      for (int k = rs.size() - 1; k >= 0; k--) {
        DebugRecord r = rs.get(k);
        if (!isVariable(r) || r.kind().equals("declare")) {
          run.clear();
        } else if (!run.add(variable(r, true)) && !r.kind().equals("assign")) {
          drop.computeIfAbsent(insts.get(i), x -> new HashSet<>()).add(k);
        }
      }
      run.clear();
    }
    remove(drop);
    Map<List<Object>, List<Object>> described = new HashMap<>();
    for (Instruction i : insts) {
      List<DebugRecord> rs = i.debugRecords();
      for (int k = 0; k < rs.size(); k++) {
        DebugRecord r = rs.get(k);
        if (!isVariable(r) || r.kind().equals("declare")) {
          continue;
        }
        List<Object> now = List.of(key(r.args().get(0)), key(r.args().get(2)));
        List<Object> before = described.put(variable(r, false), now);
        if (now.equals(before) && !r.kind().equals("assign")) {
          drop.computeIfAbsent(i, x -> new HashSet<>()).add(k);
        }
      }
    }
    remove(drop);
  }

  private static void remove(Map<Instruction, Set<Integer>> drop) {
    for (Map.Entry<Instruction, Set<Integer>> e : drop.entrySet()) {
      List<DebugRecord> rs = e.getKey().takeDebugRecords();
      for (int k = 0; k < rs.size(); k++) {
        if (!e.getValue().contains(k)) {
          e.getKey().addDebugRecord(rs.get(k));
        }
      }
    }
    drop.clear();
  }
}
