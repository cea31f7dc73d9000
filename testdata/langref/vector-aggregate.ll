; RUN: parse --print
; Vector and aggregate operations (LangRef "Vector Operations", "Aggregate Operations"):
; extractelement, insertelement, shufflevector (incl. poison mask lanes and scalable
; vectors), extractvalue and insertvalue with nested indices.

%pair = type { i32, { float, [2 x i8] } }
; CHECK: %pair = type { i32, { float, [2 x i8] } }

; element access with constant and variable indices
define i32 @elements(<4 x i32> %v, i64 %i) {
; CHECK: define i32 @elements(
  %a = extractelement <4 x i32> %v, i32 0
  ; CHECK: %a = extractelement <4 x i32> %v, i32 0
  %b = extractelement <4 x i32> %v, i64 %i
  ; CHECK: %b = extractelement <4 x i32> %v, i64 %i
  %w = insertelement <4 x i32> %v, i32 %a, i32 3
  ; CHECK: %w = insertelement <4 x i32> %v, i32 %a, i32 3
  %x = insertelement <4 x i32> %w, i32 %b, i64 %i
  ; CHECK: %x = insertelement <4 x i32> %w, i32 %b, i64 %i
  %y = extractelement <4 x i32> %x, i32 1
  ; CHECK: %y = extractelement <4 x i32> %x, i32 1
  ret i32 %y
  ; CHECK: ret i32 %y
}

; shuffles: reverse, widening concat, with poison lanes, splat and zeroinitializer masks
define <8 x i32> @shuffles(<4 x i32> %a, <4 x i32> %b) {
; CHECK: define <8 x i32> @shuffles(
  %rev = shufflevector <4 x i32> %a, <4 x i32> poison, <4 x i32> <i32 3, i32 2, i32 1, i32 0>
  ; CHECK: %rev = shufflevector <4 x i32> %a, <4 x i32> poison, <4 x i32> <i32 3, i32 2, i32 1, i32 0>
  %cat = shufflevector <4 x i32> %rev, <4 x i32> %b, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  ; CHECK: %cat = shufflevector <4 x i32> %rev, <4 x i32> %b, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %holes = shufflevector <8 x i32> %cat, <8 x i32> undef, <8 x i32> <i32 0, i32 poison, i32 2, i32 undef, i32 4, i32 5, i32 6, i32 7>
  ; CHECK: %holes = shufflevector <8 x i32> %cat, <8 x i32> undef, <8 x i32> <i32 0, i32 poison, i32 2, i32 undef, i32 4, i32 5, i32 6, i32 7>
  %splat = shufflevector <8 x i32> %holes, <8 x i32> poison, <8 x i32> zeroinitializer
  ; CHECK: %splat = shufflevector <8 x i32> %holes, <8 x i32> poison, <8 x i32> zeroinitializer
  ret <8 x i32> %splat
  ; CHECK: ret <8 x i32> %splat
}

; the scalable-vector splat idiom
define <vscale x 4 x i32> @scalable_splat(i32 %x) {
; CHECK: define <vscale x 4 x i32> @scalable_splat(
  %ins = insertelement <vscale x 4 x i32> poison, i32 %x, i64 0
  ; CHECK: %ins = insertelement <vscale x 4 x i32> poison, i32 %x, i64 0
  %splat = shufflevector <vscale x 4 x i32> %ins, <vscale x 4 x i32> poison, <vscale x 4 x i32> zeroinitializer
  ; CHECK: %splat = shufflevector <vscale x 4 x i32> %ins, <vscale x 4 x i32> poison, <vscale x 4 x i32> zeroinitializer
  %add = add <vscale x 4 x i32> %splat, splat (i32 1)
  ; CHECK: %add = add <vscale x 4 x i32> %splat, splat (i32 1)
  ret <vscale x 4 x i32> %add
  ; CHECK: ret <vscale x 4 x i32> %add
}

; extractvalue / insertvalue on a named struct with nested indices, and on arrays
define %pair @aggregates(%pair %p, [3 x i64] %a) {
; CHECK: define %pair @aggregates(
  %i = extractvalue %pair %p, 0
  ; CHECK: %i = extractvalue %pair %p, 0
  %f = extractvalue %pair %p, 1, 0
  ; CHECK: %f = extractvalue %pair %p, 1, 0
  %c = extractvalue %pair %p, 1, 1, 1
  ; CHECK: %c = extractvalue %pair %p, 1, 1, 1
  %e = extractvalue [3 x i64] %a, 2
  ; CHECK: %e = extractvalue [3 x i64] %a, 2
  %p1 = insertvalue %pair %p, i32 7, 0
  ; CHECK: %p1 = insertvalue %pair %p, i32 7, 0
  %p2 = insertvalue %pair %p1, i8 %c, 1, 1, 0
  ; CHECK: %p2 = insertvalue %pair %p1, i8 %c, 1, 1, 0
  %p3 = insertvalue %pair %p2, { float, [2 x i8] } zeroinitializer, 1
  ; CHECK: %p3 = insertvalue %pair %p2, { float, [2 x i8] } zeroinitializer, 1
  %a1 = insertvalue [3 x i64] %a, i64 %e, 0
  ; CHECK: %a1 = insertvalue [3 x i64] %a, i64 %e, 0
  ret %pair %p3
  ; CHECK: ret %pair %p3
}
