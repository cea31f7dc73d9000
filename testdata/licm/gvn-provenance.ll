; RUN: licm --passes gvn --attrs declared
; GVN's remarks name the instructions of this file that provide a value (with their line:column)
; and say when GVN joined them in a phi it created; a phi GVN creates is named after the load
; (unnamed when the load is), a load PRE inserts is NAME.pre, and no place reads "at 0:0".
; opt-19 -passes=gvn gives the same remark names for each function.

declare void @unknown()

@table = internal constant [4 x i32] [i32 10, i32 20, i32 30, i32 40]

; positive: the value comes from a store on each path; the phi takes the load's name
define i32 @phi_from_two_stores(ptr %p, i1 %c) {
entry:
  br i1 %c, label %left, label %right
left:
  store i32 1, ptr %p, align 4
  br label %join
right:
  store i32 2, ptr %p, align 4
  br label %join
join:
  %v = load i32, ptr %p, align 4
  ret i32 %v
}
; CHECK: @phi_from_two_stores
; CHECK-NEXT: remark: <unknown>:0:0: load of type i32 eliminated  [gvn LoadElim]
; CHECK-NEXT: at:  `%v = load i32, ptr %p, align 4` at 22:3
; CHECK-NEXT: why: the value comes from `store i32 2, ptr %p, align 4` at 19:3, `store i32 1, ptr %p, align 4` at 16:3 on the paths into %join; GVN joins them in a phi it creates there (%v), and nothing on the way may write %p
; CHECK-NEXT: by:  `store i32 2, ptr %p, align 4` at 19:3

; positive: an unnamed load: the phi GVN creates is unnamed too (no "%null")
define i32 @unnamed_load(ptr %p, i1 %c) {
entry:
  br i1 %c, label %left, label %right
left:
  store i32 1, ptr %p, align 4
  br label %join
right:
  store i32 2, ptr %p, align 4
  br label %join
join:
  %0 = load i32, ptr %p, align 4
  ret i32 %0
}
; CHECK: @unnamed_load
; CHECK-NEXT: remark: <unknown>:0:0: load of type i32 eliminated  [gvn LoadElim]
; CHECK-NEXT: at:  `%0 = load i32, ptr %p, align 4` at 42:3
; CHECK-NEXT: why: the value comes from `store i32 2, ptr %p, align 4` at 39:3, `store i32 1, ptr %p, align 4` at 36:3 on the paths into %join; GVN joins them in a phi it creates there, and nothing on the way may write %p
; CHECK-NOT: null

; positive: the second GEP is value numbered to the first, so the second load reads the same
; location and takes the first one's value
define i32 @same_address_twice(ptr %p, i64 %i) {
entry:
  %a = getelementptr inbounds i32, ptr %p, i64 %i
  %x = load i32, ptr %a, align 4
  %b = getelementptr inbounds i32, ptr %p, i64 %i
  %y = load i32, ptr %b, align 4
  %s = add i32 %x, %y
  ret i32 %s
}
; CHECK: @same_address_twice
; CHECK-NEXT: remark: <unknown>:0:0: load of type i32 eliminated  [gvn LoadElim]
; CHECK-NEXT: at:  `%y = load i32, ptr %b, align 4` at 58:3
; CHECK-NEXT: why: the value is already known: `%x = load i32, ptr %a, align 4` at 56:3 provides it

; positive: load PRE of a spin loop: the load moves to the entry as %v.pre
define void @spin(ptr %p) {
entry:
  br label %loop
loop:
  %v = load i32, ptr %p, align 4
  %c = icmp eq i32 %v, 0
  br i1 %c, label %loop, label %exit
exit:
  ret void
}
; CHECK: @spin
; CHECK-NEXT: remark: <unknown>:0:0: load eliminated by PRE  [gvn LoadPRE]
; CHECK-NEXT: at:  `%v = load i32, ptr %p, align 4` at 72:3
; CHECK-NEXT: why: load PRE: the value is available on every path into %loop but the one from %entry, so a load is inserted at the end of %entry and the other paths reuse the values they have; on the backedge the load's own value from the previous iteration is reused

; negative: a call that may write anything stands between the two loads
define i32 @clobbered(ptr %p) {
entry:
  %x = load i32, ptr %p, align 4
  call void @unknown()
  %y = load i32, ptr %p, align 4
  %s = add i32 %x, %y
  ret i32 %s
}
; CHECK: @clobbered
; CHECK-NEXT: remark: <unknown>:0:0: load of type i32 not eliminated  [gvn LoadClobbered]
; CHECK-NEXT: at:  `%y = load i32, ptr %p, align 4` at 88:3
; CHECK-NEXT: why: `call void @unknown()` at 87:3 calls @unknown, which may write %p
; CHECK-NEXT: by:  `call void @unknown()` at 87:3

; positive (irscope's note; LLVM folds it silently): a load of constant memory is its value
define i32 @constant_table() {
entry:
  %a = getelementptr inbounds [4 x i32], ptr @table, i64 0, i64 2
  %v = load i32, ptr %a, align 4
  ret i32 %v
}
; CHECK: @constant_table
; CHECK-NEXT: note: <unknown>:0:0: load of constant memory folded  [gvn ConstantLoadFolded]
; CHECK-NEXT: at:  `%v = load i32, ptr %a, align 4` at 102:3
; CHECK-NEXT: why: it reads a constant global whose initializer holds 30 there
; CHECK-NOT: at 0:0

declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)

; positive: a memset that covers the load gives its byte, repeated (LLVM's forwarding from a
; clobbering memory intrinsic)
define i32 @after_memset(ptr %p) {
entry:
  call void @llvm.memset.p0.i64(ptr %p, i8 1, i64 16, i1 false)
  %q = getelementptr inbounds i8, ptr %p, i64 4
  %v = load i32, ptr %q, align 4
  ret i32 %v
}
; CHECK: @after_memset
; CHECK-NEXT: remark: <unknown>:0:0: load of type i32 eliminated  [gvn LoadElim]
; CHECK-NEXT: at:  `%v = load i32, ptr %q, align 4` at 119:3
; CHECK-NEXT: why: the value is already known: `call void @llvm.memset.p0.i64(ptr %p, i8 1, i64 16, i1 false)` at 117:3 provides it: i32 16843009
