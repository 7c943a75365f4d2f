;; Bucketed dispatch executed: 20 fork-path call sites in one block (more than the 8 landings
;; per dispatch level, so they are grouped in chunks); the fork happens at the 14th. Every
;; site logs its number after the call; code before the fork runs once per process.
;; expect: pid=1 log 100
;; expect: pid=1 log 14
;; expect: pid=1 log 15
;; expect: pid=1 log 16
;; expect: pid=1 log 17
;; expect: pid=1 log 18
;; expect: pid=1 log 19
;; expect: pid=1 log 20
;; expect: pid=1 result 2
;; expect: pid=2 log 14
;; expect: pid=2 log 15
;; expect: pid=2 log 16
;; expect: pid=2 log 17
;; expect: pid=2 log 18
;; expect: pid=2 log 19
;; expect: pid=2 log 20
;; expect: pid=2 result 0
(module
  (import "wpk" "fork" (func $fork (result i32)))
  (import "env" "log_i32" (func $log (param i32)))
  (memory (export "memory") 1)
  (func $maybe_fork (param $k i32) (result i32)
    (if (result i32) (i32.eq (local.get $k) (i32.const 14))
      (then (call $fork)) (else (i32.const -1))))
  (func (export "_start") (result i32)
    (local $pid i32) (local $r i32)
    (call $log (i32.const 100))
    (local.set $r (call $maybe_fork (i32.const 1)))
    (if (i32.ge_s (local.get $r) (i32.const 0)) (then (local.set $pid (local.get $r))))
    (if (i32.ge_u (i32.const 1) (i32.const 14)) (then (call $log (i32.const 1))))
    (local.set $r (call $maybe_fork (i32.const 2)))
    (if (i32.ge_s (local.get $r) (i32.const 0)) (then (local.set $pid (local.get $r))))
    (if (i32.ge_u (i32.const 2) (i32.const 14)) (then (call $log (i32.const 2))))
    (local.set $r (call $maybe_fork (i32.const 3)))
    (if (i32.ge_s (local.get $r) (i32.const 0)) (then (local.set $pid (local.get $r))))
    (if (i32.ge_u (i32.const 3) (i32.const 14)) (then (call $log (i32.const 3))))
    (local.set $r (call $maybe_fork (i32.const 4)))
    (if (i32.ge_s (local.get $r) (i32.const 0)) (then (local.set $pid (local.get $r))))
    (if (i32.ge_u (i32.const 4) (i32.const 14)) (then (call $log (i32.const 4))))
    (local.set $r (call $maybe_fork (i32.const 5)))
    (if (i32.ge_s (local.get $r) (i32.const 0)) (then (local.set $pid (local.get $r))))
    (if (i32.ge_u (i32.const 5) (i32.const 14)) (then (call $log (i32.const 5))))
    (local.set $r (call $maybe_fork (i32.const 6)))
    (if (i32.ge_s (local.get $r) (i32.const 0)) (then (local.set $pid (local.get $r))))
    (if (i32.ge_u (i32.const 6) (i32.const 14)) (then (call $log (i32.const 6))))
    (local.set $r (call $maybe_fork (i32.const 7)))
    (if (i32.ge_s (local.get $r) (i32.const 0)) (then (local.set $pid (local.get $r))))
    (if (i32.ge_u (i32.const 7) (i32.const 14)) (then (call $log (i32.const 7))))
    (local.set $r (call $maybe_fork (i32.const 8)))
    (if (i32.ge_s (local.get $r) (i32.const 0)) (then (local.set $pid (local.get $r))))
    (if (i32.ge_u (i32.const 8) (i32.const 14)) (then (call $log (i32.const 8))))
    (local.set $r (call $maybe_fork (i32.const 9)))
    (if (i32.ge_s (local.get $r) (i32.const 0)) (then (local.set $pid (local.get $r))))
    (if (i32.ge_u (i32.const 9) (i32.const 14)) (then (call $log (i32.const 9))))
    (local.set $r (call $maybe_fork (i32.const 10)))
    (if (i32.ge_s (local.get $r) (i32.const 0)) (then (local.set $pid (local.get $r))))
    (if (i32.ge_u (i32.const 10) (i32.const 14)) (then (call $log (i32.const 10))))
    (local.set $r (call $maybe_fork (i32.const 11)))
    (if (i32.ge_s (local.get $r) (i32.const 0)) (then (local.set $pid (local.get $r))))
    (if (i32.ge_u (i32.const 11) (i32.const 14)) (then (call $log (i32.const 11))))
    (local.set $r (call $maybe_fork (i32.const 12)))
    (if (i32.ge_s (local.get $r) (i32.const 0)) (then (local.set $pid (local.get $r))))
    (if (i32.ge_u (i32.const 12) (i32.const 14)) (then (call $log (i32.const 12))))
    (local.set $r (call $maybe_fork (i32.const 13)))
    (if (i32.ge_s (local.get $r) (i32.const 0)) (then (local.set $pid (local.get $r))))
    (if (i32.ge_u (i32.const 13) (i32.const 14)) (then (call $log (i32.const 13))))
    (local.set $r (call $maybe_fork (i32.const 14)))
    (if (i32.ge_s (local.get $r) (i32.const 0)) (then (local.set $pid (local.get $r))))
    (if (i32.ge_u (i32.const 14) (i32.const 14)) (then (call $log (i32.const 14))))
    (local.set $r (call $maybe_fork (i32.const 15)))
    (if (i32.ge_s (local.get $r) (i32.const 0)) (then (local.set $pid (local.get $r))))
    (if (i32.ge_u (i32.const 15) (i32.const 14)) (then (call $log (i32.const 15))))
    (local.set $r (call $maybe_fork (i32.const 16)))
    (if (i32.ge_s (local.get $r) (i32.const 0)) (then (local.set $pid (local.get $r))))
    (if (i32.ge_u (i32.const 16) (i32.const 14)) (then (call $log (i32.const 16))))
    (local.set $r (call $maybe_fork (i32.const 17)))
    (if (i32.ge_s (local.get $r) (i32.const 0)) (then (local.set $pid (local.get $r))))
    (if (i32.ge_u (i32.const 17) (i32.const 14)) (then (call $log (i32.const 17))))
    (local.set $r (call $maybe_fork (i32.const 18)))
    (if (i32.ge_s (local.get $r) (i32.const 0)) (then (local.set $pid (local.get $r))))
    (if (i32.ge_u (i32.const 18) (i32.const 14)) (then (call $log (i32.const 18))))
    (local.set $r (call $maybe_fork (i32.const 19)))
    (if (i32.ge_s (local.get $r) (i32.const 0)) (then (local.set $pid (local.get $r))))
    (if (i32.ge_u (i32.const 19) (i32.const 14)) (then (call $log (i32.const 19))))
    (local.set $r (call $maybe_fork (i32.const 20)))
    (if (i32.ge_s (local.get $r) (i32.const 0)) (then (local.set $pid (local.get $r))))
    (if (i32.ge_u (i32.const 20) (i32.const 14)) (then (call $log (i32.const 20))))
    (local.get $pid)))
