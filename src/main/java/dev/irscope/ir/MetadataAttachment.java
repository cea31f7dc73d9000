// One "!kind !node" attachment on an instruction, function or global.
package dev.irscope.ir;

public record MetadataAttachment(String kind, Metadata node) {}
