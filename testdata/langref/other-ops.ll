; RUN: parse --print
; Other operations (LangRef "Other Operations"): icmp with every predicate, fcmp with every
; predicate and fast-math flags, phi (incl. fast-math and self-reference), select (scalar,
; vector condition, fast-math), freeze, call (tail/musttail/notail, calling conventions,
; return/param attributes, fast-math, operand bundles, indirect calls, inline asm with
; sideeffect/alignstack/inteldialect/unwind), va_arg, landingpad is in terminators.ll.
target triple = "x86_64-unknown-linux-gnu"

declare i32 @callee(i32)
; CHECK: declare i32 @callee(
declare fastcc i32 @fast_callee(i32)
; CHECK: declare fastcc i32 @fast_callee(
declare float @fcallee(float)
; CHECK: declare float @fcallee(
declare void @llvm.assume(i1)
; CHECK: declare void @llvm.assume(
declare void @llvm.va_start.p0(ptr)
; CHECK: declare void @llvm.va_start.p0(
declare void @llvm.va_end.p0(ptr)
; CHECK: declare void @llvm.va_end.p0(

; every icmp predicate, on ints, pointers and vectors
define i1 @icmps(i32 %a, i32 %b, ptr %p, <2 x i8> %v) {
; CHECK: define i1 @icmps(
  %eq = icmp eq i32 %a, %b
  ; CHECK: %eq = icmp eq i32 %a, %b
  %ne = icmp ne i32 %a, %b
  ; CHECK: %ne = icmp ne i32 %a, %b
  %ugt = icmp ugt i32 %a, %b
  ; CHECK: %ugt = icmp ugt i32 %a, %b
  %uge = icmp uge i32 %a, %b
  ; CHECK: %uge = icmp uge i32 %a, %b
  %ult = icmp ult i32 %a, %b
  ; CHECK: %ult = icmp ult i32 %a, %b
  %ule = icmp ule i32 %a, %b
  ; CHECK: %ule = icmp ule i32 %a, %b
  %sgt = icmp sgt i32 %a, %b
  ; CHECK: %sgt = icmp sgt i32 %a, %b
  %sge = icmp sge i32 %a, %b
  ; CHECK: %sge = icmp sge i32 %a, %b
  %slt = icmp slt i32 %a, %b
  ; CHECK: %slt = icmp slt i32 %a, %b
  %sle = icmp sle i32 %a, %b
  ; CHECK: %sle = icmp sle i32 %a, %b
  %pnull = icmp eq ptr %p, null
  ; CHECK: %pnull = icmp eq ptr %p, null
  %vec = icmp ult <2 x i8> %v, <i8 1, i8 2>
  ; CHECK: %vec = icmp ult <2 x i8> %v, <i8 1, i8 2>
  ret i1 %eq
  ; CHECK: ret i1 %eq
}

; every fcmp predicate, including false/true, with fast-math flags
define i1 @fcmps(double %a, double %b) {
; CHECK: define i1 @fcmps(
  %false = fcmp false double %a, %b
  ; CHECK: %false = fcmp false double %a, %b
  %oeq = fcmp oeq double %a, %b
  ; CHECK: %oeq = fcmp oeq double %a, %b
  %ogt = fcmp ogt double %a, %b
  ; CHECK: %ogt = fcmp ogt double %a, %b
  %oge = fcmp oge double %a, %b
  ; CHECK: %oge = fcmp oge double %a, %b
  %olt = fcmp olt double %a, %b
  ; CHECK: %olt = fcmp olt double %a, %b
  %ole = fcmp ole double %a, %b
  ; CHECK: %ole = fcmp ole double %a, %b
  %one = fcmp one double %a, %b
  ; CHECK: %one = fcmp one double %a, %b
  %ord = fcmp ord double %a, %b
  ; CHECK: %ord = fcmp ord double %a, %b
  %ueq = fcmp ueq double %a, %b
  ; CHECK: %ueq = fcmp ueq double %a, %b
  %ugt = fcmp ugt double %a, %b
  ; CHECK: %ugt = fcmp ugt double %a, %b
  %uge = fcmp uge double %a, %b
  ; CHECK: %uge = fcmp uge double %a, %b
  %ult = fcmp ult double %a, %b
  ; CHECK: %ult = fcmp ult double %a, %b
  %ule = fcmp ule double %a, %b
  ; CHECK: %ule = fcmp ule double %a, %b
  %une = fcmp une double %a, %b
  ; CHECK: %une = fcmp une double %a, %b
  %uno = fcmp uno double %a, %b
  ; CHECK: %uno = fcmp uno double %a, %b
  %true = fcmp true double %a, %b
  ; CHECK: %true = fcmp true double %a, %b
  %fmf = fcmp nnan ninf olt double %a, %b
  ; CHECK: %fmf = fcmp nnan ninf olt double %a, %b
  %fast = fcmp fast ueq double %a, %b
  ; CHECK: %fast = fcmp fast ueq double %a, %b
  ret i1 %fmf
  ; CHECK: ret i1 %fmf
}

; phi with several predecessors, a loop-carried value, fast-math flags, and a constant operand
define float @phis(i32 %n, float %x) {
; CHECK: define float @phis(
entry:
  br label %loop
  ; CHECK: br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i.next, %loop ]
  ; CHECK: %i = phi i32 [ 0, %entry ], [ %i.next, %loop ]
  %acc = phi fast float [ %x, %entry ], [ %acc.next, %loop ]
  ; CHECK: %acc = phi fast float [ %x, %entry ], [ %acc.next, %loop ]
  %acc.next = fadd fast float %acc, 1.0
  ; CHECK: %acc.next = fadd fast float %acc, 1.0
  %i.next = add nuw i32 %i, 1
  ; CHECK: %i.next = add nuw i32 %i, 1
  %done = icmp eq i32 %i.next, %n
  ; CHECK: %done = icmp eq i32 %i.next, %n
  br i1 %done, label %exit, label %loop
  ; CHECK: br i1 %done, label %exit, label %loop
exit:
  %r = phi float [ %acc.next, %loop ]
  ; CHECK: %r = phi float [ %acc.next, %loop ]
  ret float %r
  ; CHECK: ret float %r
}

; select forms and freeze
define <2 x i32> @select_freeze(i1 %c, <2 x i1> %vc, i32 %a, <2 x i32> %v, float %f) {
; CHECK: define <2 x i32> @select_freeze(
  %s = select i1 %c, i32 %a, i32 0
  ; CHECK: %s = select i1 %c, i32 %a, i32 0
  %sv = select <2 x i1> %vc, <2 x i32> %v, <2 x i32> zeroinitializer
  ; CHECK: %sv = select <2 x i1> %vc, <2 x i32> %v, <2 x i32> zeroinitializer
  %sf = select nnan i1 %c, float %f, float 0.0
  ; CHECK: %sf = select nnan i1 %c, float %f, float 0.0
  %fr = freeze i32 %s
  ; CHECK: %fr = freeze i32 %s
  %frv = freeze <2 x i32> %sv
  ; CHECK: %frv = freeze <2 x i32> %sv
  ret <2 x i32> %frv
  ; CHECK: ret <2 x i32> %frv
}

; call markers, calling conventions, attributes, fast-math and indirect calls
define i32 @calls(i32 %x, ptr %fp) {
; CHECK: define i32 @calls(
  %a = call i32 @callee(i32 %x)
  ; CHECK: %a = call i32 @callee(i32 %x)
  %b = tail call i32 @callee(i32 %a)
  ; CHECK: %b = tail call i32 @callee(i32 %a)
  %c = notail call i32 @callee(i32 %b)
  ; CHECK: %c = notail call i32 @callee(i32 %b)
  %d = call fastcc i32 @fast_callee(i32 %c)
  ; CHECK: %d = call fastcc i32 @fast_callee(i32 %c)
  %e = call noundef i32 @callee(i32 noundef %d)
  ; CHECK: %e = call noundef i32 @callee(i32 noundef %d)
  %f = call nnan float @fcallee(float 1.0)
  ; CHECK: %f = call nnan float @fcallee(float 1.0)
  %g = call i32 %fp(i32 %e)
  ; CHECK: %g = call i32 %fp(i32 %e)
  %h = call i32 (i32) %fp(i32 %g)
  ; CHECK: %h = call i32 %fp(i32 %g)
  ret i32 %h
  ; CHECK: ret i32 %h
}

; musttail must be followed by ret
define i32 @musttail_call(i32 %x) {
; CHECK: define i32 @musttail_call(
  %r = musttail call i32 @callee(i32 %x)
  ; CHECK: %r = musttail call i32 @callee(i32 %x)
  ret i32 %r
  ; CHECK: ret i32 %r
}

; operand bundles
define void @bundles(ptr %p, i1 %c) {
; CHECK: define void @bundles(
  call void @llvm.assume(i1 true) [ "align"(ptr %p, i64 16), "nonnull"(ptr %p) ]
  ; CHECK: call void @llvm.assume(i1 true) [ "align"(ptr %p, i64 16), "nonnull"(ptr %p) ]
  %r = call i32 @callee(i32 0) [ "deopt"(i32 1, i64 2), "gc-live"(ptr %p) ]
  ; CHECK: %r = call i32 @callee(i32 0) [ "deopt"(i32 1, i64 2), "gc-live"(ptr %p) ]
  ret void
  ; CHECK: ret void
}

; inline assembly: plain, sideeffect, alignstack, inteldialect, multiple outputs, memory clobber
define i32 @inline_asm(i32 %x, ptr %p) {
; CHECK: define i32 @inline_asm(
  %a = call i32 asm "mov $1, $0", "=r,r"(i32 %x)
  ; CHECK: %a = call i32 asm "mov $1, $0", "=r,r"(i32 %x)
  call void asm sideeffect "nop", ""()
  ; CHECK: call void asm sideeffect "nop", ""()
  call void asm sideeffect alignstack "pause", "~{memory}"()
  ; CHECK: call void asm sideeffect alignstack "pause", "~{memory}"()
  %b = call i32 asm inteldialect "mov $0, $1", "=r,r"(i32 %a)
  ; CHECK: %b = call i32 asm inteldialect "mov $0, $1", "=r,r"(i32 %a)
  %c = call { i32, i32 } asm "xchg $0, $1", "=r,=r,0,1,~{dirflag},~{fpsr},~{flags}"(i32 %a, i32 %b)
  ; CHECK: %c = call { i32, i32 } asm "xchg $0, $1", "=r,=r,0,1,~{dirflag},~{fpsr},~{flags}"(i32 %a, i32 %b)
  call void asm "lock; xchg [$0], $1", "r,r,~{memory}"(ptr %p, i32 %b)
  ; CHECK: call void asm "lock; xchg [$0], $1", "r,r,~{memory}"(ptr %p, i32 %b)
  %d = extractvalue { i32, i32 } %c, 0
  ; CHECK: %d = extractvalue { i32, i32 } %c, 0
  ret i32 %d
  ; CHECK: ret i32 %d
}

; va_arg in a varargs function
define i32 @varargs(i32 %n, ...) {
; CHECK: define i32 @varargs(
  %ap = alloca ptr
  ; CHECK: %ap = alloca ptr
  call void @llvm.va_start.p0(ptr %ap)
  ; CHECK: call void @llvm.va_start.p0(ptr %ap)
  %v = va_arg ptr %ap, i32
  ; CHECK: %v = va_arg ptr %ap, i32
  call void @llvm.va_end.p0(ptr %ap)
  ; CHECK: call void @llvm.va_end.p0(ptr %ap)
  ret i32 %v
  ; CHECK: ret i32 %v
}
