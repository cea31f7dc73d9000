; RUN: parse
; Structure: an instruction uses a value that does not dominate it (verifier).
; ERROR: 12:3: instruction does not dominate all uses: %x = add i32 %a, 1: ret i32 %x
; llvm-as-19: assembly parsed, but does not verify as correct! Instruction does not dominate all uses!
define i32 @f(i1 %c, i32 %a) {
entry:
  br i1 %c, label %then, label %join
then:
  %x = add i32 %a, 1
  br label %join
join:
  ret i32 %x
}
