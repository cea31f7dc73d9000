/*
 * Parser for textual LLVM IR (.ll): everything LLVM 22 prints plus the older spellings LLVM 19
 * still reads (typed pointers, old attributes, ThinLTO summaries, uselistorder).
 *
 * Design:
 *  - Entry rules: `module` for a whole file, `entity` for one top-level entity (the real parser
 *    splits a file into one chunk per entity and parses the chunks in parallel).
 *  - The grammar is shape-only and must stay SLL-clean (PredictionMode.SLL, no fallback to full
 *    LL): every decision is settled by one or two tokens, never by the calling context.
 *  - Bare words (linkage, visibility, calling conventions, attribute names, fast-math and wrap
 *    flags, predicates, orderings, DWARF enums) are one token, BAREWORD, accepted as generic
 *    lists in modifier positions; the translator classifies them by text. Attribute arguments
 *    are a balanced token soup (attrArgs), except for type-taking attributes (byval, sret, ...),
 *    whose type is parsed.
 *  - A function body is a flat list of labels, instruction lines, debug records and
 *    uselistorder directives; the translator groups instructions into blocks.
 *  - Each instruction form is a labeled alternative of `instruction` that ends with its own
 *    metadata attachment list `(',' mdAttachment)*`.
 *  - Types are a base type followed by a postfix loop (typed pointers `*`, `addrspace(N)*`,
 *    function parameter lists), so `i32 (ptr, ...)*` and `%T**` need no lookahead.
 *  - Rule and label names are the translator's API: rename nothing without changing it too.
 * Length: one file past 400 lines on purpose, because ANTLR compiles the rule set as one unit and
 * the sections below (entities, attributes, types, values, instructions, metadata) read in order.
 */
parser grammar LLVMParser;

options { tokenVocab = LLVMLexer; contextSuperClass = dev.irscope.parse.CompactContext; }

// ===================================================================== entry points

module : topLevelEntity* EOF ;

entity : topLevelEntity EOF ;

topLevelEntity
    : sourceFilename
    | targetDefinition
    | moduleAsm
    | typeDefinition
    | comdatDefinition
    | globalVariable
    | aliasDefinition
    | ifuncDefinition
    | functionDeclaration
    | functionDefinition
    | attributeGroup
    | namedMetadata
    | metadataDefinition
    | useListOrder
    | useListOrderBB
    | summaryEntry
    ;

// ===================================================================== module-level entities

sourceFilename : 'source_filename' '=' STRING ;

targetDefinition : 'target' ('datalayout' | 'triple') '=' STRING ;

moduleAsm : 'module' 'asm' STRING ;

typeDefinition : LOCAL_VAR '=' 'type' ('opaque' | type) ;

// `$c = comdat any`; the selection kind is a BAREWORD (any, exactmatch, largest, ...).
comdatDefinition : COMDAT_VAR '=' 'comdat' BAREWORD ;

// Linkage, preemption, visibility, DLL storage, thread_local(...), (local_)unnamed_addr,
// externally_initialized are globalModifiers. The initializer is absent for declarations;
// `@a = external global i32` followed by `@b = ...` is settled by the '=' after `@b`.
globalVariable
    : GLOBAL_VAR '=' globalModifier* ('global' | 'constant') type value?
      (',' globalProperty)* attribute*
    ;

globalModifier
    : BAREWORD attrArgs?
    | 'weak'
    | addrSpace
    ;

// Properties after the initializer: section, partition, comdat, align, code_model "...",
// sanitizer words (no_sanitize_address, sanitize_memtag, ...), metadata attachments.
globalProperty
    : 'section' STRING
    | 'partition' STRING
    | comdatRef
    | 'align' INT
    | BAREWORD STRING?
    | mdAttachment
    ;

comdatRef : 'comdat' ('(' COMDAT_VAR ')')? ;

aliasDefinition
    : GLOBAL_VAR '=' globalModifier* 'alias' type ',' aliasee (',' globalProperty)*
    ;

// Old IR may omit the aliasee's type before bitcast / getelementptr / addrspacecast / inttoptr.
aliasee : typedValue | constantExpr ;

ifuncDefinition
    : GLOBAL_VAR '=' globalModifier* 'ifunc' type ',' aliasee (',' globalProperty)*
    ;

// `declare` takes its metadata attachments before the header, `define` after it.
functionDeclaration : 'declare' mdAttachment* functionHeader ;

functionDefinition : 'define' functionHeader mdAttachment* functionBody ;

// Before the return type: linkage, visibility, calling convention, return attributes.
// After the parameters: unnamed_addr, addrspace, function attributes and the rest.
functionHeader
    : headerPrefix* type GLOBAL_VAR '(' parameterList? ')' headerSuffix*
    ;

headerPrefix
    : attribute
    | 'weak'
    | 'cc' INT
    | addrSpace
    ;

headerSuffix
    : attribute
    | addrSpace
    | 'section' STRING
    | 'partition' STRING
    | comdatRef
    | 'gc' STRING
    | 'prefix' typedValue
    | 'prologue' typedValue
    | 'personality' typedValue
    ;

parameterList
    : parameter (',' parameter)* (',' '...')?
    | '...'
    ;

parameter : paramType attribute* LOCAL_VAR? ;

functionBody : '{' bodyItem* '}' ;

bodyItem
    : LABEL
    | instructionLine
    | debugRecord
    | useListOrder
    ;

// `attributes #0 = { nounwind "frame-pointer"="all" }`
attributeGroup : 'attributes' ATTR_GROUP_ID '=' '{' attribute* '}' ;

// `!llvm.dbg.cu = !{!0, !1}`
namedMetadata : MD_NAME '=' '!' '{' (mdRef (',' mdRef)*)? '}' ;

// `!5 = distinct !DILocation(...)`, `!6 = !{!5, i32 1}`
metadataDefinition : MD_ID '=' 'distinct'? mdNode ;

// `uselistorder ptr @f, { 1, 0 }` (also inside function bodies)
useListOrder : 'uselistorder' typedValue ',' '{' INT (',' INT)* '}' ;

useListOrderBB : 'uselistorder_bb' GLOBAL_VAR ',' LOCAL_VAR ',' '{' INT (',' INT)* '}' ;

// ThinLTO summary entry: `^0 = module: (path: "a.o", hash: (0, 0, 0, 0, 0))`, `^3 = flags: 8`.
// Kept as text by the translator.
summaryEntry : SUMMARY_ID '=' LABEL? (parenSoup | INT) ;

parenSoup : '(' soupItem* ')' ;

soupItem : ~('(' | ')') | parenSoup ;

// ===================================================================== attributes

// One attribute in any position (parameter, return, function, call site, attribute group).
attribute
    : BAREWORD attrArgs?                                  # wordAttr
    | BAREWORD '=' (INT | STRING)                         # wordValueAttr
    | 'align' (INT | attrArgs)                            # alignAttr
    | 'align' '=' INT                                     # alignValueAttr
    | typeAttrKeyword ('(' type ')')?                     # typeAttr
    | STRING ('=' STRING)?                                # stringAttr
    | ATTR_GROUP_ID                                       # attrGroupRef
    ;

typeAttrKeyword : 'byval' | 'sret' | 'byref' | 'inalloca' | 'preallocated' | 'elementtype' ;

// Balanced token soup: memory(argmem: read), captures(ret: address), range(i32 0, 10),
// initializes((0, 4)), nofpclass(nan inf), allocsize(0,1), vscale_range(1,16), ...
attrArgs : '(' attrArgItem* ')' ;

attrArgItem : ~('(' | ')') | attrArgs ;

addrSpace : 'addrspace' '(' (INT | STRING) ')' ;

// ===================================================================== types

type : baseType typeSuffix* ;

baseType
    : 'void'                                              # voidType
    | INT_TYPE                                            # intType
    | floatKind                                           # floatType
    | 'x86_mmx'                                           # mmxType
    | 'x86_amx'                                           # amxType
    | 'label'                                             # labelType
    | 'token'                                             # tokenType
    | 'ptr' addrSpace?                                    # ptrType
    | LOCAL_VAR                                           # namedType
    | '[' INT 'x' type ']'                                # arrayType
    | '<' INT 'x' type '>'                                # vectorType
    | '<' 'vscale' 'x' INT 'x' type '>'                   # scalableVectorType
    | '{' (type (',' type)*)? '}'                         # structType
    | '<' '{' (type (',' type)*)? '}' '>'                 # packedStructType
    | 'target' '(' STRING (',' targetTypeParam)* ')'      # targetExtType
    ;

floatKind : 'half' | 'bfloat' | 'float' | 'double' | 'x86_fp80' | 'fp128' | 'ppc_fp128' ;

targetTypeParam : type | INT ;

// Typed pointer `*`, `addrspace(N)*`, or a function type's parameter list.
typeSuffix
    : '*'                                                 # pointerSuffix
    | addrSpace '*'                                       # addrSpacePointerSuffix
    | '(' paramTypeList? ')'                              # functionSuffix
    ;

paramTypeList
    : paramType (',' paramType)* (',' '...')?
    | '...'
    ;

// `metadata` is only a type in parameter positions (intrinsic declarations, function types).
paramType : type | 'metadata' ;

// ===================================================================== values and constants

typedValue : type value ;

value
    : LOCAL_VAR                                           # localValue
    | GLOBAL_VAR                                          # globalValue
    | constant                                            # constantValue
    | inlineAsm                                           # asmValue
    ;

constant
    : INT                                                 # intConst
    | FLOAT                                               # floatConst
    | HEX_FLOAT                                           # hexConst
    | ('true' | 'false')                                  # boolConst
    | 'null'                                              # nullConst
    | 'none'                                              # noneConst
    | 'undef'                                             # undefConst
    | 'poison'                                            # poisonConst
    | 'zeroinitializer'                                   # zeroConst
    | CSTRING                                             # cstringConst
    | '[' (typedValue (',' typedValue)*)? ']'             # arrayConst
    | '<' (typedValue (',' typedValue)*)? '>'             # vectorConst
    | '{' (typedValue (',' typedValue)*)? '}'             # structConst
    | '<' '{' (typedValue (',' typedValue)*)? '}' '>'     # packedStructConst
    | 'splat' '(' typedValue ')'                          # splatConst
    | 'blockaddress' '(' value ',' value ')'              # blockAddressConst
    | 'dso_local_equivalent' value                        # dsoLocalEquivalentConst
    | 'no_cfi' value                                      # noCfiConst
    | 'ptrauth' '(' typedValue (',' typedValue)* ')'      # ptrAuthConst
    | constantExpr                                        # exprConst
    ;

// Constant expressions: OPCODE flags* '(' operands ')'.
constantExpr
    : castOpcode '(' typedValue 'to' type ')'                                 # castExpr
    | 'getelementptr' gepFlag* '(' type ',' typedValue (',' gepIndex)* ')'  # gepExpr
    | 'icmp' BAREWORD+ '(' typedValue ',' typedValue ')'                      # icmpExpr
    | 'fcmp' fcmpWord+ '(' typedValue ',' typedValue ')'                      # fcmpExpr
    | binaryOpcode BAREWORD* '(' typedValue ',' typedValue ')'                # binaryExpr
    | 'fneg' BAREWORD* '(' typedValue ')'                                     # fnegExpr
    | 'select' BAREWORD* '(' typedValue ',' typedValue ',' typedValue ')'     # selectExpr
    | 'extractelement' '(' typedValue ',' typedValue ')'                      # extractElementExpr
    | 'insertelement' '(' typedValue ',' typedValue ',' typedValue ')'        # insertElementExpr
    | 'shufflevector' '(' typedValue ',' typedValue ',' typedValue ')'        # shuffleVectorExpr
    | 'extractvalue' '(' typedValue (',' INT)+ ')'                            # extractValueExpr
    | 'insertvalue' '(' typedValue ',' typedValue (',' INT)+ ')'              # insertValueExpr
    ;

// Constant GEP index; the old spelling puts `inrange` before one index.
gepIndex : 'inrange'? typedValue ;

// inbounds, nusw, nuw (BAREWORDs), inrange(a, b).
gepFlag
    : 'inbounds'
    | BAREWORD
    | 'inrange' '(' INT ',' INT ')'
    ;

castOpcode
    : 'trunc' | 'zext' | 'sext' | 'fptrunc' | 'fpext' | 'fptoui' | 'fptosi' | 'uitofp'
    | 'sitofp' | 'ptrtoint' | 'ptrtoaddr' | 'inttoptr' | 'bitcast' | 'addrspacecast'
    ;

binaryOpcode
    : 'add' | 'fadd' | 'sub' | 'fsub' | 'mul' | 'fmul' | 'udiv' | 'sdiv' | 'fdiv'
    | 'urem' | 'srem' | 'frem' | 'shl' | 'lshr' | 'ashr' | 'and' | 'or' | 'xor'
    ;

// fcmp predicates include `true` and `false`; fast-math flags are BAREWORDs.
fcmpWord : BAREWORD | 'true' | 'false' ;

// `asm sideeffect alignstack inteldialect unwind "code", "constraints"`
inlineAsm : 'asm' asmFlag* STRING ',' STRING ;

asmFlag : 'sideeffect' | 'unwind' | BAREWORD ;

// ===================================================================== instructions

instructionLine : (LOCAL_VAR '=')? instruction ;

instruction
    // ---- unary / binary / compare / cast / select ----
    : 'fneg' BAREWORD* typedValue (',' mdAttachment)*                                  # fnegInst
    | binaryOpcode BAREWORD* typedValue ',' value (',' mdAttachment)*                  # binaryInst
    | 'icmp' BAREWORD+ typedValue ',' value (',' mdAttachment)*                        # icmpInst
    | 'fcmp' fcmpWord+ typedValue ',' value (',' mdAttachment)*                        # fcmpInst
    | castOpcode BAREWORD* typedValue 'to' type (',' mdAttachment)*                    # castInst
    | 'select' BAREWORD* typedValue ',' typedValue ',' typedValue (',' mdAttachment)*  # selectInst
    | 'freeze' typedValue (',' mdAttachment)*                                          # freezeInst
    | 'va_arg' typedValue ',' type (',' mdAttachment)*                                 # vaArgInst
    // ---- memory ----
    | 'alloca' allocaModifier* type (',' typedValue)? (',' 'align' INT)? (',' addrSpace)?
      (',' mdAttachment)*                                                              # allocaInst
    | 'load' 'atomic'? 'volatile'? type ',' typedValue syncScope? BAREWORD?
      (',' 'align' INT)? (',' mdAttachment)*                                           # loadInst
    | 'store' 'atomic'? 'volatile'? typedValue ',' typedValue syncScope? BAREWORD?
      (',' 'align' INT)? (',' mdAttachment)*                                           # storeInst
    | 'getelementptr' gepFlag* type ',' typedValue (',' typedValue)* (',' mdAttachment)* # gepInst
    | 'fence' syncScope? BAREWORD (',' mdAttachment)*                                  # fenceInst
    | 'cmpxchg' 'weak'? 'volatile'? typedValue ',' typedValue ',' typedValue syncScope?
      BAREWORD BAREWORD (',' 'align' INT)? (',' mdAttachment)*                         # cmpXchgInst
    | 'atomicrmw' 'volatile'? atomicOp typedValue ',' typedValue syncScope? BAREWORD
      (',' 'align' INT)? (',' mdAttachment)*                                           # atomicRmwInst
    // ---- vectors and aggregates ----
    | 'extractelement' typedValue ',' typedValue (',' mdAttachment)*                   # extractElementInst
    | 'insertelement' typedValue ',' typedValue ',' typedValue (',' mdAttachment)*     # insertElementInst
    | 'shufflevector' typedValue ',' typedValue ',' typedValue (',' mdAttachment)*     # shuffleVectorInst
    | 'extractvalue' typedValue (',' INT)+ (',' mdAttachment)*                         # extractValueInst
    | 'insertvalue' typedValue ',' typedValue (',' INT)+ (',' mdAttachment)*           # insertValueInst
    // ---- SSA, calls, exception handling ----
    | 'phi' BAREWORD* type (phiIncoming (',' phiIncoming)*)? (',' mdAttachment)*        # phiInst
    | tailKind? 'call' callModifier* type value '(' callArgs? ')' attribute*
      operandBundles? (',' mdAttachment)*                                              # callInst
    | 'landingpad' type 'cleanup'? landingPadClause* (',' mdAttachment)*               # landingPadInst
    | 'catchpad' 'within' value '[' callArgs? ']' (',' mdAttachment)*                  # catchPadInst
    | 'cleanuppad' 'within' value '[' callArgs? ']' (',' mdAttachment)*                # cleanupPadInst
    // ---- terminators ----
    | 'ret' 'void' (',' mdAttachment)*                                                 # retVoidInst
    | 'ret' typedValue (',' mdAttachment)*                                             # retInst
    | 'br' typedValue (',' typedValue ',' typedValue)? (',' mdAttachment)*             # brInst
    | 'switch' typedValue ',' typedValue '[' switchCase* ']' (',' mdAttachment)*       # switchInst
    | 'indirectbr' typedValue ',' '[' (typedValue (',' typedValue)*)? ']'
      (',' mdAttachment)*                                                              # indirectBrInst
    | 'invoke' callModifier* type value '(' callArgs? ')' attribute* operandBundles?
      'to' typedValue 'unwind' typedValue (',' mdAttachment)*                          # invokeInst
    | 'callbr' callModifier* type value '(' callArgs? ')' attribute* operandBundles?
      'to' typedValue '[' (typedValue (',' typedValue)*)? ']' (',' mdAttachment)*      # callBrInst
    | 'resume' typedValue (',' mdAttachment)*                                          # resumeInst
    | 'unreachable' (',' mdAttachment)*                                                # unreachableInst
    | 'catchswitch' 'within' value '[' typedValue (',' typedValue)* ']'
      'unwind' unwindDest (',' mdAttachment)*                                          # catchSwitchInst
    | 'catchret' 'from' value 'to' typedValue (',' mdAttachment)*                      # catchRetInst
    | 'cleanupret' 'from' value 'unwind' unwindDest (',' mdAttachment)*                # cleanupRetInst
    ;

allocaModifier : 'inalloca' | BAREWORD ;

syncScope : 'syncscope' '(' STRING ')' ;

// xchg add sub and nand or xor max min umax umin fadd fsub fmax fmin fmaximum fminimum
// uinc_wrap udec_wrap usub_cond usub_sat
atomicOp : BAREWORD | 'add' | 'sub' | 'and' | 'or' | 'xor' | 'fadd' | 'fsub' ;

phiIncoming : '[' value ',' value ']' ;

switchCase : typedValue ',' typedValue ;

landingPadClause : ('catch' | 'filter') typedValue ;

unwindDest : 'to' 'caller' | typedValue ;

tailKind : 'tail' | 'musttail' | 'notail' ;

// Before the callee's type: fast-math flags, calling convention, return attributes, addrspace.
callModifier
    : attribute
    | 'cc' INT
    | addrSpace
    ;

callArgs : callArg (',' callArg)* ;

callArg
    : 'metadata' mdOperand                                # metadataArg
    | type attribute* value                               # valueArg
    | '...'                                               # varArgsForward
    ;

// `[ "deopt"(i32 1), "funclet"(token %p) ]`
operandBundles : '[' operandBundle (',' operandBundle)* ']' ;

operandBundle : STRING '(' callArgs? ')' ;

// `#dbg_value(i32 %x, !10, !DIExpression(), !12)`
debugRecord : DBG_RECORD '(' mdOperand (',' mdOperand)* ')' ;

// ===================================================================== metadata

// `!dbg !12`, `!tbaa !3`, `!range !{i32 0, i32 10}`
mdAttachment : MD_NAME mdRef ;

// A metadata operand: a reference, an inline node, or a value wrapped as metadata.
mdOperand
    : mdRef
    | typedValue
    ;

mdRef
    : MD_ID                                               # mdIdRef
    | '!' STRING                                          # mdStringRef
    | mdNode                                              # mdNodeRef
    ;

mdNode
    : '!' '{' (mdElement (',' mdElement)*)? '}'           # mdTuple
    | specializedMdNode                                   # mdSpecialized
    ;

mdElement
    : 'null'
    | mdRef
    | typedValue
    ;

// `!DILocation(line: 3, scope: !5)`; positional arguments for `!DIExpression(DW_OP_deref, 4)`
// and `!DIArgList(i32 %x, i32 %y)`.
specializedMdNode : MD_NAME '(' (mdField (',' mdField)*)? ')' ;

mdField
    : LABEL mdFieldValue                                  # namedMdField
    | mdFieldValue                                        # positionalMdField
    ;

mdFieldValue
    : mdFlagWord ('|' mdFlagWord)*                        # mdFlagsValue
    | STRING                                              # mdStringValue
    | ('true' | 'false')                                  # mdBoolValue
    | 'null'                                              # mdNullValue
    | (FLOAT | HEX_FLOAT)                                 # mdFloatValue
    | mdRef                                               # mdRefValue
    | '{' (mdElement (',' mdElement)*)? '}'               # mdListValue
    | typedValue                                          # mdTypedValue
    ;

// A DWARF enum / DIFlag word or an integer; `A | B | 8` unions them.
mdFlagWord : BAREWORD | INT ;
