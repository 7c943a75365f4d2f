;; Legacy EH: fork inside a try body; afterwards the child throws and its own handler catches.
;; expect: pid=1 log 2
;; expect: pid=1 result 5
;; expect: pid=2 log 0
;; expect: pid=2 log 77
;; expect: pid=2 result 177
(module
  (import "wpk" "fork" (func $fork (result i32)))
  (import "env" "log_i32" (func $log (param i32)))
  (memory (export "memory") 1)
  (tag (param i32)) ;; unnamed: Binaryen 108 misreads wabt tag names
  (func $maybe_throw (param $pid i32)
    (if (i32.eqz (local.get $pid)) (then (throw 0 (i32.const 77)))))
  (func (export "_start") (result i32)
    (local $pid i32) (local $base i32)
    (local.set $base (i32.const 3))
    (try (result i32)
      (do
        (local.set $pid (call $fork))
        (call $log (local.get $pid))
        (call $maybe_throw (local.get $pid))
        (i32.add (local.get $base) (local.get $pid)))
      (catch 0
        (local.set $pid)
        (call $log (local.get $pid))
        (i32.add (local.get $pid) (i32.const 100))))))
