;; An `if` whose condition loads through a pointer local that is saved across the fork: on rewind
;; the condition is evaluated again (same address, so it cannot trap) and overridden to take the
;; arm holding the fork, even though the memory it reads changed before the fork. The same holds
;; for a call operand loaded through the pointer: it is evaluated again and its value ignored.
;; expect: pid=1 log 5
;; expect: pid=1 log 2
;; expect: pid=1 result 1007
;; expect: pid=2 log 0
;; expect: pid=2 result 1005
(module
  (import "wpk" "fork" (func $fork (result i32)))
  (import "env" "log_i32" (func $log (param i32)))
  (memory (export "memory") 1)
  (func $fork_with (param $ignored i32) (result i32) (call $fork))
  (func $f (param $p i32) (result i32)
    (local $r i32)
    (if (i32.load offset=4 (local.get $p))
      (then
        (i32.store offset=4 (local.get $p) (i32.const 0)) ;; the condition now reads 0
        (call $log (i32.const 5))
        (local.set $r (call $fork_with (i32.load offset=8 (local.get $p))))
        (call $log (local.get $r))
        (return (i32.add (i32.add (local.get $r) (i32.load (local.get $p)))
                         (i32.load offset=4 (local.get $p))))))
    (i32.const -1))
  (func (export "_start") (result i32)
    (i32.store (i32.const 16) (i32.const 1000))
    (i32.store (i32.const 20) (i32.const 1))
    (i32.store (i32.const 24) (i32.const 99))
    (i32.add (call $f (i32.const 16)) (i32.const 5))))
