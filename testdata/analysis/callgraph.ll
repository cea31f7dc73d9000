; RUN: print-analysis callgraph
; The call graph: SCCs bottom up (callees first), functions in module order inside one, then
; each defined function's direct callees and <unknown> for indirect calls or inline asm.
; CHECK: scc 0: @ext
; CHECK-NEXT: scc 1: @__gxx_personality_v0
; CHECK-NEXT: scc 2: @leaf
; CHECK-NEXT: scc 3: @a @b (recursive)
; CHECK-NEXT: scc 4: @self (recursive)
; CHECK-NEXT: scc 5: @uses_invoke
; CHECK-NEXT: @a -> @b @leaf
; CHECK-NEXT: @b -> @a
; CHECK-NEXT: @leaf -> @ext
; CHECK-NEXT: @self -> @self <unknown>
; CHECK-NEXT: @uses_invoke -> @leaf

declare void @ext()
declare i32 @__gxx_personality_v0(...)

; Positive: @a and @b call each other: one recursive SCC.
define void @a() {
  call void @b()
  call void @leaf()
  ret void
}

define void @b() {
  call void @a()
  ret void
}

; Negative: calls only a declaration; not recursive.
define void @leaf() {
  call void @ext()
  ret void
}

; Positive: a self call makes a one-function SCC recursive; the indirect call and the inline
; asm are unknown calls.
define void @self(ptr %p) {
  call void @self(ptr %p)
  call void %p()
  call void asm sideeffect "nop", ""()
  ret void
}

; Positive: an invoke is a call edge like a call.
define void @uses_invoke() personality ptr @__gxx_personality_v0 {
entry:
  invoke void @leaf() to label %ok unwind label %lp
ok:
  ret void
lp:
  %x = landingpad { ptr, i32 } cleanup
  resume { ptr, i32 } %x
}
