// $name = comdat any|exactmatch|largest|nodeduplicate|samesize
package dev.irscope.ir;

public record Comdat(String name, String selectionKind) {}
