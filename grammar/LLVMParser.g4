parser grammar LLVMParser;
options { tokenVocab = LLVMLexer; }
module: EOF;
