;; A call that can reach fork inside a catch body is no resume point (a rewind cannot re-enter a
;; handler): it stays a plain call followed by a state check. A handler whose call returns
;; without forking runs as before; a fork really made under a handler traps there (unreachable)
;; instead of the module being refused at instrument time. Before, the instrumenter refused this
;; module ("a fork-path call inside a catch body is not supported").
;; expect: pid=1 log 0
;; expect: pid=1 log 41
;; expect: pid=1 trap unreachable
(module
  (import "wpk" "fork" (func $fork (result i32)))
  (import "env" "log_i32" (func $log (param i32)))
  (memory (export "memory") 1)
  (tag (param i32)) ;; unnamed: Binaryen 108 misreads wabt tag names
  ;; Forks only when asked: the handler's first call returns 41, its second forks.
  (func $maybe_fork (param $really i32) (result i32)
    (if (result i32) (local.get $really)
      (then (call $fork))
      (else (i32.const 41))))
  (func (export "_start") (result i32)
    (call $log (i32.const 0))
    (try (result i32)
      (do (throw 0 (i32.const 1)))
      (catch 0
        (drop)
        (call $log (call $maybe_fork (i32.const 0)))
        (call $maybe_fork (i32.const 1))))))
