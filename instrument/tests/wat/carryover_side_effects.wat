;; Carryovers: a non-pure operand evaluated before the fork (a call that logs and bumps a
;; counter in memory) must not run again on rewind: the child's log stays empty before the fork
;; and both see the same counter value.
;; expect: pid=1 log 1
;; expect: pid=1 log 103
;; expect: pid=1 result 103
;; expect: pid=2 log 101
;; expect: pid=2 result 101
(module
  (import "wpk" "fork" (func $fork (result i32)))
  (import "env" "log_i32" (func $log (param i32)))
  (memory (export "memory") 1)
  (func $bump (result i32)
    (i32.store (i32.const 0) (i32.add (i32.load (i32.const 0)) (i32.const 1)))
    (call $log (i32.load (i32.const 0)))
    (i32.load (i32.const 0)))
  (func (export "_start") (result i32)
    (local $r i32)
    (local.set $r
      (i32.add
        (i32.mul (call $bump) (i32.const 100))   ;; spilled carryover
        (i32.add (i32.const 1) (call $fork))))    ;; pure carryover (const) then the site
    (call $log (local.get $r))
    (local.get $r)))
