;; `local.set $p (call_indirect ... (local.get $p))`: the call's result overwrites the local
;; that selects the callee; the rewind must still call the same function.
;; expect: pid=1 result 2
;; expect: pid=2 result 0
(module
  (import "wpk" "fork" (func $fork (result i32)))
  (memory (export "memory") 1)
  (type $t (func (result i32)))
  (table 3 funcref)
  (elem (i32.const 0) $zero $zero $forker)
  (func $zero (result i32) (i32.const 0))
  (func $forker (result i32) (call $fork))
  (func $pick (result i32) (i32.const 2))
  (func (export "_start") (result i32)
    (local $p i32)
    (local.set $p (call $pick))
    (local.set $p (call_indirect (type $t) (local.get $p)))
    (local.get $p)))
