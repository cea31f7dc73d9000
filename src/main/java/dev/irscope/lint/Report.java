// What a rule reports about one instruction, before the engine turns it into a Finding (with
// the rule id, locations, function names and fingerprint).
package dev.irscope.lint;

import dev.irscope.ir.Instruction;
import java.util.List;

/**
 * @param severity the finding's severity
 * @param at the offending instruction (the primary location)
 * @param message one or two sentences: what is wrong and what follows from it
 * @param help the fix
 * @param notes related instructions, each with what it is
 * @param irOnly whether the finding rests on the IR alone (no debug info names the memory)
 */
public record Report(Severity severity, Instruction at, String message, String help,
    List<Note> notes, boolean irOnly) {

  public Report {
    notes = List.copyOf(notes);
  }

  /** A related instruction and what it is. */
  public record Note(String message, Instruction at) {}
}
