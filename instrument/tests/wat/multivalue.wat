;; Multivalue: a fork-path function returning two values and taking several parameters; a
;; tuple-typed result crossing the fork.
;; expect: pid=1 result 1236
;; expect: pid=2 result 1234
(module
  (import "wpk" "fork" (func $fork (result i32)))
  (memory (export "memory") 1)
  (func $pair (param $a i32) (param $b i64) (result i32 i64)
    (local $p i32)
    (local.set $p (call $fork))
    (i32.add (local.get $a) (local.get $p))
    (i64.add (local.get $b) (i64.const 1)))
  (func (export "_start") (result i32)
    (local $hi i64)
    (call $pair (i32.const 1000) (i64.const 233))
    local.set $hi
    local.get $hi
    i32.wrap_i64
    i32.add))
