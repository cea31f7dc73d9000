/*
 * Lexer for textual LLVM IR (.ll): LLVM 15 through 22 spellings, plus LLVM 23 float literals.
 *
 * Design: mirror LLVM's own lexer (llvm/lib/AsmParser/LLLexer.cpp) where it matters, and keep
 * the keyword set small.
 *  - Whitespace, ';' comments and (newer LLVM) nested C comments are skipped.
 *  - LABEL is an identifier (or quoted string) immediately followed by ':'. As in LLVM, the same
 *    token serves block labels ("entry:"), specialized-metadata field names ("line: 3") and the
 *    keys inside attribute / summary argument lists ("argmem: read"). Longest match makes
 *    "align:" a LABEL while "align" alone is the keyword.
 *  - Sigiled names: @global, %local, $comdat, #attr-group, ^summary, #dbg_record, !metadata.
 *  - Explicit keywords exist only for words the parser's structure needs (entity and opcode
 *    keywords, types, value keywords, a few structural words). Every other bare word (linkage,
 *    visibility, calling conventions, attribute names, flags, predicates, orderings, DWARF enums,
 *    ...) is the single catch-all BAREWORD, defined after all keywords; the translator classifies
 *    such words by their text. This keeps the parser small and robust to new attributes.
 * Generated into package dev.irscope.parse.antlr; a keyword's token name is the keyword upper-cased
 * (FLOAT_T and LABEL_T for the type keywords `float` and `label`, which would clash).
 * Known divergence: LLVM also reads `cc10` as `cc 10`; here it is one BAREWORD `cc10`.
 */
lexer grammar LLVMLexer;

WS      : [ \t\r\n\f]+ -> skip ;
COMMENT : ';' ~[\r\n]* -> skip ;
BLOCK_COMMENT : '/*' (BLOCK_COMMENT | .)*? '*/' -> skip ;   // newer LLVM: nested C comments

// ---- labels (before everything that could be a prefix of them) ----
LABEL
    : [-a-zA-Z$._0-9]+ ':'
    | '"' ~["]* '"' ':'
    ;

// ---- top-level / structural keywords ----
DEFINE          : 'define' ;
DECLARE         : 'declare' ;
GLOBAL          : 'global' ;
CONSTANT        : 'constant' ;
ALIAS           : 'alias' ;
IFUNC           : 'ifunc' ;
ATTRIBUTES      : 'attributes' ;
COMDAT          : 'comdat' ;
SECTION         : 'section' ;
PARTITION       : 'partition' ;
ALIGN           : 'align' ;
GC              : 'gc' ;
PREFIX          : 'prefix' ;
PROLOGUE        : 'prologue' ;
PERSONALITY     : 'personality' ;
SOURCE_FILENAME : 'source_filename' ;
TARGET          : 'target' ;
DATALAYOUT      : 'datalayout' ;
TRIPLE          : 'triple' ;
MODULE          : 'module' ;
ASM             : 'asm' ;
SIDEEFFECT      : 'sideeffect' ;
USELISTORDER    : 'uselistorder' ;
USELISTORDER_BB : 'uselistorder_bb' ;
TYPE            : 'type' ;
OPAQUE          : 'opaque' ;
DISTINCT        : 'distinct' ;

// ---- structural words inside instructions ----
TO          : 'to' ;
UNWIND      : 'unwind' ;
WITHIN      : 'within' ;
FROM        : 'from' ;
CALLER      : 'caller' ;
ATOMIC      : 'atomic' ;
VOLATILE    : 'volatile' ;
WEAK        : 'weak' ;
INBOUNDS    : 'inbounds' ;
INRANGE     : 'inrange' ;
SYNCSCOPE   : 'syncscope' ;
TAIL        : 'tail' ;
MUSTTAIL    : 'musttail' ;
NOTAIL      : 'notail' ;
CLEANUP     : 'cleanup' ;
CATCH       : 'catch' ;
FILTER      : 'filter' ;
CC          : 'cc' ;

// ---- attributes that take a type ----
BYVAL        : 'byval' ;
SRET         : 'sret' ;
BYREF        : 'byref' ;
INALLOCA     : 'inalloca' ;
PREALLOCATED : 'preallocated' ;
ELEMENTTYPE  : 'elementtype' ;

// ---- types ----
VOID      : 'void' ;
HALF      : 'half' ;
BFLOAT    : 'bfloat' ;
FLOAT_T   : 'float' ;
DOUBLE    : 'double' ;
X86_FP80  : 'x86_fp80' ;
FP128     : 'fp128' ;
PPC_FP128 : 'ppc_fp128' ;
X86_MMX   : 'x86_mmx' ;
X86_AMX   : 'x86_amx' ;
LABEL_T   : 'label' ;
METADATA  : 'metadata' ;
TOKEN     : 'token' ;
PTR       : 'ptr' ;
X         : 'x' ;
VSCALE    : 'vscale' ;
ADDRSPACE : 'addrspace' ;
INT_TYPE  : 'i' [0-9]+ ;

// ---- value keywords ----
TRUE                 : 'true' ;
FALSE                : 'false' ;
NULL                 : 'null' ;
NONE                 : 'none' ;
UNDEF                : 'undef' ;
POISON               : 'poison' ;
ZEROINITIALIZER      : 'zeroinitializer' ;
BLOCKADDRESS         : 'blockaddress' ;
DSO_LOCAL_EQUIVALENT : 'dso_local_equivalent' ;
NO_CFI               : 'no_cfi' ;
PTRAUTH              : 'ptrauth' ;
SPLAT                : 'splat' ;

// ---- opcodes: unary and binary ----
FNEG : 'fneg' ;
ADD  : 'add' ;
FADD : 'fadd' ;
SUB  : 'sub' ;
FSUB : 'fsub' ;
MUL  : 'mul' ;
FMUL : 'fmul' ;
UDIV : 'udiv' ;
SDIV : 'sdiv' ;
FDIV : 'fdiv' ;
UREM : 'urem' ;
SREM : 'srem' ;
FREM : 'frem' ;
SHL  : 'shl' ;
LSHR : 'lshr' ;
ASHR : 'ashr' ;
AND  : 'and' ;
OR   : 'or' ;
XOR  : 'xor' ;

// ---- opcodes: casts ----
TRUNC         : 'trunc' ;
ZEXT          : 'zext' ;
SEXT          : 'sext' ;
FPTRUNC       : 'fptrunc' ;
FPEXT         : 'fpext' ;
FPTOUI        : 'fptoui' ;
FPTOSI        : 'fptosi' ;
UITOFP        : 'uitofp' ;
SITOFP        : 'sitofp' ;
PTRTOINT      : 'ptrtoint' ;
PTRTOADDR     : 'ptrtoaddr' ;
INTTOPTR      : 'inttoptr' ;
BITCAST       : 'bitcast' ;
ADDRSPACECAST : 'addrspacecast' ;

// ---- opcodes: memory, other, aggregates, terminators ----
ALLOCA         : 'alloca' ;
LOAD           : 'load' ;
STORE          : 'store' ;
FENCE          : 'fence' ;
CMPXCHG        : 'cmpxchg' ;
ATOMICRMW      : 'atomicrmw' ;
GETELEMENTPTR  : 'getelementptr' ;
ICMP           : 'icmp' ;
FCMP           : 'fcmp' ;
PHI            : 'phi' ;
SELECT         : 'select' ;
FREEZE         : 'freeze' ;
CALL           : 'call' ;
VA_ARG         : 'va_arg' ;
LANDINGPAD     : 'landingpad' ;
CATCHPAD       : 'catchpad' ;
CLEANUPPAD     : 'cleanuppad' ;
EXTRACTELEMENT : 'extractelement' ;
INSERTELEMENT  : 'insertelement' ;
SHUFFLEVECTOR  : 'shufflevector' ;
EXTRACTVALUE   : 'extractvalue' ;
INSERTVALUE    : 'insertvalue' ;
RET            : 'ret' ;
BR             : 'br' ;
SWITCH         : 'switch' ;
INDIRECTBR     : 'indirectbr' ;
INVOKE         : 'invoke' ;
CALLBR         : 'callbr' ;
RESUME         : 'resume' ;
UNREACHABLE    : 'unreachable' ;
CATCHSWITCH    : 'catchswitch' ;
CATCHRET       : 'catchret' ;
CLEANUPRET     : 'cleanupret' ;

// ---- numbers (APSInt forms before BAREWORD, which would match them with equal length) ----
INT       : '-'? [0-9]+ | [su] '0x' [0-9A-Fa-f]+ ;
FLOAT
    : [-+]? [0-9]+ '.' [0-9]* ([eE] [-+]? [0-9]+)?
    // LLVM 23 literals: C-style hex floats (0x1.8p3) and signed specials (+inf, -qnan, +nan(0x1))
    | [-+]? '0x' [0-9A-Fa-f]* ('.' [0-9A-Fa-f]*)? [pP] [-+]? [0-9]+
    | [-+] ('inf' | 'qnan' | ('nan' | 'snan') '(' '0x' [0-9A-Fa-f]+ ')')
    ;
// Bit patterns: 0x... (double), 0xK/L/M/H/R... (x86_fp80, fp128, ppc_fp128, half, bfloat),
// and LLVM 23's type-independent f0x...
HEX_FLOAT : '0x' [0-9A-Fa-f]+ | '0x' [KLMHR] [0-9A-Fa-f]+ | 'f0x' [0-9A-Fa-f]+ ;

// ---- strings ----
CSTRING : 'c"' ~["]* '"' ;
STRING  : '"' ~["]* '"' ;

// ---- sigiled names ----
GLOBAL_VAR    : '@' (NAME | [0-9]+ | QUOTED) ;
LOCAL_VAR     : '%' (NAME | [0-9]+ | QUOTED) ;
COMDAT_VAR    : '$' (NAME | QUOTED) ;
DBG_RECORD    : '#dbg_' [a-zA-Z_]+ ;
ATTR_GROUP_ID : '#' [0-9]+ ;
SUMMARY_ID    : '^' [0-9]+ ;
MD_ID         : '!' [0-9]+ ;
MD_NAME       : '!' [-a-zA-Z$._\\] [-a-zA-Z$._0-9\\]* ;
EXCLAIM       : '!' ;

// ---- punctuation ----
EQ       : '=' ;
COMMA    : ',' ;
STAR     : '*' ;
LPAREN   : '(' ;
RPAREN   : ')' ;
LBRACK   : '[' ;
RBRACK   : ']' ;
LBRACE   : '{' ;
RBRACE   : '}' ;
LT       : '<' ;
GT       : '>' ;
BAR      : '|' ;
ELLIPSIS : '...' ;
COLON    : ':' ;   // only in summaries written with a space before ':' (`noUnwind : 1`)

// ---- every other bare word: linkage, attributes, flags, predicates, orderings, DWARF enums ----
// Like LLVM, `i32addrspace(3)*` lexes as `i32` `addrspace`: a word starting with 'i' and a digit
// is never a BAREWORD, so INT_TYPE wins.
BAREWORD : [a-hj-zA-Z_] [a-zA-Z0-9_]* | 'i' ([a-zA-Z_] [a-zA-Z0-9_]*)? ;

fragment NAME   : [-a-zA-Z$._] [-a-zA-Z$._0-9]* ;
fragment QUOTED : '"' ~["]* '"' ;
