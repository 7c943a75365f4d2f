;; Fork reached through a function pointer (call_indirect with a computed index): the table
;; index must select the same function on rewind.
;; expect: pid=1 log 2
;; expect: pid=1 result 42
;; expect: pid=2 log 0
;; expect: pid=2 result 40
(module
  (import "wpk" "fork" (func $fork (result i32)))
  (import "env" "log_i32" (func $log (param i32)))
  (memory (export "memory") 1)
  (type $t (func (param i32) (result i32)))
  (table 4 funcref)
  (elem (i32.const 0) $plain $plain $forker $plain)
  (func $plain (param i32) (result i32) (i32.const -1))
  (func $forker (param $x i32) (result i32)
    (local $r i32)
    (local.set $r (call $fork))
    (call $log (local.get $r))
    (i32.add (local.get $x) (local.get $r)))
  (func $pick (result i32)
    (i32.store (i32.const 0) (i32.add (i32.load (i32.const 0)) (i32.const 2)))
    (i32.load (i32.const 0)))
  (func (export "_start") (result i32)
    (call_indirect (type $t) (i32.const 40) (call $pick))))
