;; Two forks in a row: four processes; each logs the two fork results it saw.
;; expect: pid=1 log 2
;; expect: pid=1 log 3
;; expect: pid=2 log 0
;; expect: pid=2 log 4
;; expect: pid=3 log 2
;; expect: pid=3 log 0
;; expect: pid=4 log 0
;; expect: pid=4 log 0
(module
  (import "wpk" "fork" (func $fork (result i32)))
  (import "env" "log_i32" (func $log (param i32)))
  (memory (export "memory") 1)
  (func (export "_start")
    (local $a i32) (local $b i32)
    (local.set $a (call $fork))
    (local.set $b (call $fork))
    (call $log (local.get $a))
    (call $log (local.get $b))))
