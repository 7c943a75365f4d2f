;; wasm64 (memory64): the buffer pointer and frame arithmetic are i64.
;; expect: pid=1 result 12
;; expect: pid=2 result 10
(module
  (import "wpk" "fork" (func $fork (result i32)))
  (memory (export "memory") i64 1)
  (global $sp (mut i64) (i64.const 4096))
  (func $f (param $x i64) (result i32)
    (global.set $sp (i64.sub (global.get $sp) (i64.const 16)))
    (i64.store (global.get $sp) (local.get $x))
    (i32.add (call $fork) (i32.wrap_i64 (i64.load (global.get $sp)))))
  (func (export "_start") (result i32)
    (call $f (i64.const 10))))
