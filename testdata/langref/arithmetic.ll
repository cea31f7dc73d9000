; RUN: parse --print
; Unary, binary and bitwise operations (LangRef "Unary Operations", "Binary Operations",
; "Bitwise Binary Operations"): every opcode on scalars and vectors with every flag it takes
; (nuw, nsw, exact, disjoint, each fast-math flag and `fast`).

; fneg with and without fast-math flags
define float @unary(float %x) {
; CHECK: define float @unary(
  %a = fneg float %x
  ; CHECK: %a = fneg float %x
  %b = fneg nnan ninf float %a
  ; CHECK: %b = fneg nnan ninf float %a
  ret float %b
  ; CHECK: ret float %b
}

; integer add/sub/mul with no, one and both wrap flags
define i32 @int_wrap_flags(i32 %a, i32 %b) {
; CHECK: define i32 @int_wrap_flags(
  %add = add i32 %a, %b
  ; CHECK: %add = add i32 %a, %b
  %add.nuw = add nuw i32 %add, %b
  ; CHECK: %add.nuw = add nuw i32 %add, %b
  %add.nsw = add nsw i32 %add.nuw, %b
  ; CHECK: %add.nsw = add nsw i32 %add.nuw, %b
  %add.both = add nuw nsw i32 %add.nsw, %b
  ; CHECK: %add.both = add nuw nsw i32 %add.nsw, %b
  %sub = sub nsw i32 %add.both, 1
  ; CHECK: %sub = sub nsw i32 %add.both, 1
  %mul = mul nuw nsw i32 %sub, 3
  ; CHECK: %mul = mul nuw nsw i32 %sub, 3
  ret i32 %mul
  ; CHECK: ret i32 %mul
}

; division and remainder, with exact
define i32 @int_div_rem(i32 %a, i32 %b) {
; CHECK: define i32 @int_div_rem(
  %udiv = udiv i32 %a, %b
  ; CHECK: %udiv = udiv i32 %a, %b
  %udiv.exact = udiv exact i32 %udiv, 4
  ; CHECK: %udiv.exact = udiv exact i32 %udiv, 4
  %sdiv = sdiv exact i32 %udiv.exact, %b
  ; CHECK: %sdiv = sdiv exact i32 %udiv.exact, %b
  %urem = urem i32 %sdiv, 7
  ; CHECK: %urem = urem i32 %sdiv, 7
  %srem = srem i32 %urem, -7
  ; CHECK: %srem = srem i32 %urem, -7
  ret i32 %srem
  ; CHECK: ret i32 %srem
}

; floating-point binary ops with each fast-math flag, their combinations and `fast`
define double @fp_binary(double %a, double %b) {
; CHECK: define double @fp_binary(
  %fadd = fadd double %a, %b
  ; CHECK: %fadd = fadd double %a, %b
  %f1 = fadd nnan double %fadd, %b
  ; CHECK: %f1 = fadd nnan double %fadd, %b
  %f2 = fsub ninf double %f1, %b
  ; CHECK: %f2 = fsub ninf double %f1, %b
  %f3 = fmul nsz double %f2, %b
  ; CHECK: %f3 = fmul nsz double %f2, %b
  %f4 = fdiv arcp double %f3, %b
  ; CHECK: %f4 = fdiv arcp double %f3, %b
  %f5 = frem contract double %f4, %b
  ; CHECK: %f5 = frem contract double %f4, %b
  %f6 = fadd afn double %f5, %b
  ; CHECK: %f6 = fadd afn double %f5, %b
  %f7 = fadd reassoc double %f6, %b
  ; CHECK: %f7 = fadd reassoc double %f6, %b
  %f8 = fmul reassoc nsz arcp double %f7, %b
  ; CHECK: %f8 = fmul reassoc nsz arcp double %f7, %b
  %f9 = fdiv fast double %f8, %b
  ; CHECK: %f9 = fdiv fast double %f8, %b
  ret double %f9
  ; CHECK: ret double %f9
}

; shifts with nuw/nsw/exact, and/or/xor, or disjoint
define i64 @bitwise(i64 %a, i64 %b) {
; CHECK: define i64 @bitwise(
  %shl = shl i64 %a, 3
  ; CHECK: %shl = shl i64 %a, 3
  %shl.flags = shl nuw nsw i64 %shl, %b
  ; CHECK: %shl.flags = shl nuw nsw i64 %shl, %b
  %lshr = lshr exact i64 %shl.flags, 2
  ; CHECK: %lshr = lshr exact i64 %shl.flags, 2
  %ashr = ashr exact i64 %lshr, 1
  ; CHECK: %ashr = ashr exact i64 %lshr, 1
  %and = and i64 %ashr, 255
  ; CHECK: %and = and i64 %ashr, 255
  %or = or i64 %and, %b
  ; CHECK: %or = or i64 %and, %b
  %or.disjoint = or disjoint i64 %or, 256
  ; CHECK: %or.disjoint = or disjoint i64 %or, 256
  %xor = xor i64 %or.disjoint, -1
  ; CHECK: %xor = xor i64 %or.disjoint, -1
  ret i64 %xor
  ; CHECK: ret i64 %xor
}

; the same opcodes on vectors, with a splat constant operand
define <4 x i32> @vector_binary(<4 x i32> %a, <4 x i32> %b, <2 x float> %x) {
; CHECK: define <4 x i32> @vector_binary(
  %add = add nsw <4 x i32> %a, %b
  ; CHECK: %add = add nsw <4 x i32> %a, %b
  %shl = shl <4 x i32> %add, <i32 1, i32 2, i32 3, i32 4>
  ; CHECK: %shl = shl <4 x i32> %add, <i32 1, i32 2, i32 3, i32 4>
  %and = and <4 x i32> %shl, splat (i32 15)
  ; CHECK: %and = and <4 x i32> %shl, splat (i32 15)
  %f = fmul fast <2 x float> %x, <float 2.0, float 0.5>
  ; CHECK: %f = fmul fast <2 x float> %x, <float 2.0, float 0.5>
  %n = fneg <2 x float> %f
  ; CHECK: %n = fneg <2 x float> %f
  ret <4 x i32> %and
  ; CHECK: ret <4 x i32> %and
}
