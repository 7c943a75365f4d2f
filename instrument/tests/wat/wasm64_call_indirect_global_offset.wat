;; wasm64 (memory64) fork through function pointers, the shape clang emits for wasm64: pointers
;; are i64, a function pointer is loaded from memory as an i64 and wrapped to the i32 table index,
;; and the element segment sits at an offset given by an imported global (position-independent
;; layout), so the selection cannot know the slots: every same-signature function in the table is
;; a candidate. Pointer-typed parameters make the signatures differ from the i32-only ones of
;; wasm32; the (i64, i32) -> i32 callers must still be selected, the (i32) -> i32 one must not.
;; expect: pid=1 log 9
;; expect: pid=1 log 2
;; expect: pid=1 result 1049
;; expect: pid=2 log 0
;; expect: pid=2 result 1047
(module
  (import "wpk" "fork" (func $fork (result i32)))
  (import "env" "log_i32" (func $log (param i32)))
  (import "env" "table_base" (global $base i32))
  (memory (export "memory") i64 1)
  (type $op (func (param i64 i32) (result i32)))
  (type $unary (func (param i32) (result i32)))
  (table 8 funcref)
  (elem (global.get $base) $add $forker $square)
  ;; function pointers in memory at 64 (i64 each, as clang stores them): base+0, base+1, base+2
  (func $init
    (i64.store (i64.const 64) (i64.extend_i32_u (global.get $base)))
    (i64.store (i64.const 72) (i64.extend_i32_u (i32.add (global.get $base) (i32.const 1))))
    (i64.store (i64.const 80) (i64.extend_i32_u (i32.add (global.get $base) (i32.const 2)))))
  (func $add (param $p i64) (param $x i32) (result i32)
    (i32.add (i32.load (local.get $p)) (local.get $x)))
  ;; reaches fork; keeps a pointer (i64) and an i32 live across it
  (func $forker (param $p i64) (param $x i32) (result i32)
    (local $r i32)
    (local.set $r (call $fork))
    (call $log (local.get $r))
    (i32.add (i32.add (i32.load (local.get $p)) (local.get $x)) (local.get $r)))
  (func $square (param $x i32) (result i32) (i32.mul (local.get $x) (local.get $x)))
  ;; calls through the (i64, i32) -> i32 pointer at slot `which`; the pointer value is carried
  ;; across the call (i64 local) and used after it
  (func $apply (param $which i64) (param $data i64) (param $x i32) (result i32)
    (local $fp i64)
    (local.set $fp (i64.load (i64.add (i64.const 64) (i64.mul (local.get $which) (i64.const 8)))))
    (i32.add
      (call_indirect (type $op) (local.get $data) (local.get $x) (i32.wrap_i64 (local.get $fp)))
      (i32.wrap_i64 (i64.sub (local.get $fp) (i64.extend_i32_u (global.get $base))))))
  ;; an (i32) -> i32 call_indirect: no fork-reaching function has this signature
  (func $unary_apply (param $x i32) (result i32)
    (call_indirect (type $unary) (local.get $x)
      (i32.wrap_i64 (i64.load (i64.const 80)))))
  (func (export "_start") (result i32)
    (call $init)
    (i32.store (i64.const 128) (i32.const 1000))
    (call $log (call $unary_apply (i32.const 3)))
    (i32.add (call $apply (i64.const 1) (i64.const 128) (i32.const 46))
             (i32.const 0))))
