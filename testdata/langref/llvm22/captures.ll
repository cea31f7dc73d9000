; RUN: parse --print
; The `captures(...)` parameter attribute (LLVM 21+) with each component set, replacing `nocapture`.
; LLVM 22 syntax that llvm-as-19 rejects (so it lives in llvm22/); CHECK lines are hand-written
; in LLVM 22's canonical form.

; captures(none) is the new spelling of nocapture; the other sets from rustc 1.95 output
declare void @cap_none(ptr captures(none))
declare void @cap_address(ptr captures(address))
declare void @cap_address_ret(ptr captures(address, read_provenance))
declare void @cap_ret_only(ptr captures(ret: address, provenance))
declare void @cap_full(ptr captures(address_is_null, provenance))

; a call site carrying captures(none)
define void @call_with_captures(ptr %p) {
  call void @cap_none(ptr captures(none) %p)
  ; CHECK: call void @cap_none(ptr captures(none) %p)
  ret void
}
