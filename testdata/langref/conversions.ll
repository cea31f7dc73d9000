; RUN: parse --print
; Conversion operations (LangRef "Conversion Operations"): every cast with the flags LLVM 19
; accepts (trunc nuw/nsw, zext nneg, uitofp nneg), on scalars and vectors, pointer casts
; across address spaces.

; integer casts with their flags
define i64 @int_casts(i64 %x, i8 %b) {
; CHECK: define i64 @int_casts(
  %t = trunc i64 %x to i32
  ; CHECK: %t = trunc i64 %x to i32
  %t.nuw = trunc nuw i64 %x to i32
  ; CHECK: %t.nuw = trunc nuw i64 %x to i32
  %t.nsw = trunc nsw i64 %x to i16
  ; CHECK: %t.nsw = trunc nsw i64 %x to i16
  %t.both = trunc nuw nsw i64 %x to i8
  ; CHECK: %t.both = trunc nuw nsw i64 %x to i8
  %z = zext i32 %t to i64
  ; CHECK: %z = zext i32 %t to i64
  %z.nneg = zext nneg i8 %b to i64
  ; CHECK: %z.nneg = zext nneg i8 %b to i64
  %s = sext i16 %t.nsw to i64
  ; CHECK: %s = sext i16 %t.nsw to i64
  %sum = add i64 %z, %s
  ; CHECK: %sum = add i64 %z, %s
  ret i64 %sum
  ; CHECK: ret i64 %sum
}

; floating-point casts and int<->fp with nneg (fast-math flags on fptrunc/fpext are LLVM 20+)
define double @fp_casts(float %f, double %d, i32 %i) {
; CHECK: define double @fp_casts(
  %ext = fpext float %f to double
  ; CHECK: %ext = fpext float %f to double
  %tr = fptrunc double %d to float
  ; CHECK: %tr = fptrunc double %d to float
  %ui = fptoui double %d to i32
  ; CHECK: %ui = fptoui double %d to i32
  %si = fptosi float %f to i64
  ; CHECK: %si = fptosi float %f to i64
  %u2f = uitofp i32 %i to double
  ; CHECK: %u2f = uitofp i32 %i to double
  %u2f.nneg = uitofp nneg i32 %i to float
  ; CHECK: %u2f.nneg = uitofp nneg i32 %i to float
  %s2f = sitofp i32 %i to double
  ; CHECK: %s2f = sitofp i32 %i to double
  ret double %u2f
  ; CHECK: ret double %u2f
}

; pointer casts: ptrtoint, inttoptr, bitcast, addrspacecast; vector casts
define ptr addrspace(1) @ptr_casts(ptr %p, i64 %x, <2 x i32> %v) {
; CHECK: define ptr addrspace(1) @ptr_casts(
  %i = ptrtoint ptr %p to i64
  ; CHECK: %i = ptrtoint ptr %p to i64
  %n = inttoptr i64 %x to ptr
  ; CHECK: %n = inttoptr i64 %x to ptr
  %b = bitcast <2 x i32> %v to i64
  ; CHECK: %b = bitcast <2 x i32> %v to i64
  %vb = bitcast i64 %b to <4 x i16>
  ; CHECK: %vb = bitcast i64 %b to <4 x i16>
  %vz = zext <2 x i32> %v to <2 x i64>
  ; CHECK: %vz = zext <2 x i32> %v to <2 x i64>
  %as = addrspacecast ptr %n to ptr addrspace(1)
  ; CHECK: %as = addrspacecast ptr %n to ptr addrspace(1)
  ret ptr addrspace(1) %as
  ; CHECK: ret ptr addrspace(1) %as
}
