; RUN: attrs --from-scratch --why
; The two readers of the seed article, as rustc 1.95 -O3 writes them before function-attrs (the
; spin loop before LICM, attributes stripped with --from-scratch): the hand-made AtomicUsize's
; reader gets exactly LLVM 22's `nofree norecurse nosync nounwind memory(argmem: read)`; the std
; AtomicUsize's reader (a monotonic load) is not nosync, and the remark names that load.

; positive: plain load of the UnsafeCell in a loop
define void @custom_reader(ptr noundef nonnull align 8 %a) unnamed_addr #0 {
start:
  br label %bb1

bb1:
  %v = load i64, ptr %a, align 8
  %c = icmp eq i64 %v, 0
  br i1 %c, label %bb1, label %bb3

bb3:
  ret void
}
; CHECK: @custom_reader
; CHECK-NEXT: declared: ; Function Attrs: nonlazybind uwtable
; CHECK-NEXT: inferred: ; Function Attrs: nofree nonlazybind norecurse nosync nounwind memory(argmem: read) uwtable
; CHECK: %a: +readonly +captures(none)
; CHECK: why: MemoryInferred: memory(argmem: read): argmem read by `%v = load i64, ptr %a, align 8` at 13:3
; CHECK: why: NoSyncInferred: nosync:

; negative: the std atomic's monotonic load keeps nosync away
define void @std_reader(ptr noundef nonnull align 8 %a) unnamed_addr #0 {
start:
  br label %bb1

bb1:
  %v = load atomic i64, ptr %a monotonic, align 8
  %c = icmp eq i64 %v, 0
  br i1 %c, label %bb1, label %bb3

bb3:
  ret void
}
; CHECK: @std_reader
; CHECK-NEXT: declared: ; Function Attrs: nonlazybind uwtable
; CHECK-NEXT: inferred: ; Function Attrs: nofree nonlazybind norecurse nounwind memory(argmem: readwrite) uwtable
; CHECK: argmem write by `%v = load atomic i64, ptr %a monotonic, align 8` at 33:3 (an ordered load counts as a write)
; CHECK: why: NoSyncBlocked: not nosync: `%v = load atomic i64, ptr %a monotonic, align 8` at 33:3 is an atomic load ordered monotonic (monotonic or stronger)

attributes #0 = { nonlazybind uwtable }
