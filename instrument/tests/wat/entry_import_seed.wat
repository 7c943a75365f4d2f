;; An import given with --entry is a seed like wpk.fork: the function calling it is
;; instrumented and the import can unwind and rewind the stack.
;; instrument-args: --entry wpk.vfork
;; expect: pid=1 log 7
;; expect: pid=1 result 9
;; expect: pid=2 log 7
;; expect: pid=2 result 7
(module
  (import "wpk" "vfork" (func $vfork (result i32)))
  (import "env" "log_i32" (func $log (param i32)))
  (memory (export "memory") 1)
  (func $spawn (param $x i32) (result i32)
    (local $pid i32)
    (local.set $pid (call $vfork))
    (call $log (local.get $x))
    (i32.add (local.get $x) (local.get $pid)))
  (func (export "_start") (result i32)
    (call $spawn (i32.const 7))))
