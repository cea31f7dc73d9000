; RUN: print-analysis memory --function selected
; --function prints only @selected; pointers take their width from the datalayout (32 bits here,
; 64 in address space 1, which has its own p1 entry); an instruction with !dbg shows its source
; place after its IR line:column.

target datalayout = "e-p:32:32-p1:64:64-i64:64"

; Negative: not selected by --function.
; CHECK-NOT: function: other
define void @other(ptr %p) {
  store i32 0, ptr %p
  ret void
}

; Positive: selected; pointer sizes from the datalayout; the source place of the load.
; CHECK: Memory effects for function: selected
; CHECK-NEXT:   24:3: %a = load ptr, ptr %p, align 4
; CHECK-NEXT:     Ref; loc argmem; object %p (argument 0); size 4
; CHECK-NEXT:   25:3 (src/sel.c:7:12): %b = load ptr addrspace(1), ptr addrspace(1) %q, align 8
; CHECK-NEXT:     Ref; loc argmem; object %q (argument 1); size 8
; CHECK-NEXT:   26:3: %c = load <2 x ptr>, ptr %p, align 8
; CHECK-NEXT:     Ref; loc argmem; object %p (argument 0); size 8
define void @selected(ptr %p, ptr addrspace(1) %q) {
  %a = load ptr, ptr %p, align 4
  %b = load ptr addrspace(1), ptr addrspace(1) %q, align 8, !dbg !5
  %c = load <2 x ptr>, ptr %p, align 8
  ret void
}

!llvm.module.flags = !{!0}
!llvm.dbg.cu = !{!1}
!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = distinct !DICompileUnit(language: DW_LANG_C99, file: !2, emissionKind: FullDebug)
!2 = !DIFile(filename: "src/sel.c", directory: "/tmp")
!3 = distinct !DISubprogram(name: "selected", scope: !2, file: !2, line: 1, type: !4, unit: !1, spFlags: DISPFlagDefinition)
!4 = !DISubroutineType(types: !{})
!5 = !DILocation(line: 7, column: 12, scope: !3)
