; RUN: parse --print
; A module with a ThinLTO summary (LangRef "Summary Entries", "Module Path Summary Entry",
; "Global Value Summary Entry", "Type ID Summary Entry"): the `^N = module:` path entry, `gv:`
; entries for a function (insts, funcFlags, calls, refs), an internal function, a variable with
; varFlags, an alias, an external reference by name, a typeid entry and the blockcount entry.
; Produced from the IR below with `opt-19 -module-summary` and `llvm-dis-19`, then trimmed and
; given a typeid entry by hand. irscope may skip the summary, but must accept it.
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"
@counter = global i32 0
; CHECK: @counter = global i32 0
@alias = alias i32, ptr @counter
; CHECK: @alias = alias i32, ptr @counter
declare i32 @ext(i32)
; CHECK: declare i32 @ext(
; an internal function the summary lists with linkage internal
define internal i32 @helper(i32 %x) {
; CHECK: define internal i32 @helper(
  %r = call i32 @ext(i32 %x)
  ; CHECK: %r = call i32 @ext(i32 %x)
  ret i32 %r
  ; CHECK: ret i32 %r
}
; a function with a direct call, an indirect call, a load and a store of a global
define i32 @entry(i32 %x, ptr %fp) {
; CHECK: define i32 @entry(
  %v = load i32, ptr @counter
  ; CHECK: %v = load i32, ptr @counter
  %a = call i32 @helper(i32 %v)
  ; CHECK: %a = call i32 @helper(i32 %v)
  %b = call i32 %fp(i32 %a)
  ; CHECK: %b = call i32 %fp(i32 %a)
  store i32 %b, ptr @counter
  ; CHECK: store i32 %b, ptr @counter
  ret i32 %b
  ; CHECK: ret i32 %b
}

^0 = module: (path: "thinlto-summary.bc", hash: (0, 0, 0, 0, 0))
^1 = gv: (name: "alias", summaries: (alias: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 0, canAutoHide: 0, importType: definition), aliasee: ^3)))
^2 = gv: (name: "entry", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 0, canAutoHide: 0, importType: definition), insts: 5, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 0, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0), calls: ((callee: ^4)), refs: (^3))))
^3 = gv: (name: "counter", summaries: (variable: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 0, canAutoHide: 0, importType: definition), varFlags: (readonly: 1, writeonly: 1, constant: 0))))
^4 = gv: (name: "helper", summaries: (function: (module: ^0, flags: (linkage: internal, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 2, calls: ((callee: ^5)))))
^5 = gv: (name: "ext")
^6 = typeid: (name: "_ZTS1A", summary: (typeTestRes: (kind: allOnes, sizeM1BitWidth: 7), wpdResolutions: ((offset: 0, wpdRes: (kind: branchFunnel)))))
^7 = blockcount: 0
