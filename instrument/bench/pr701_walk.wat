;; The PR #701 shape for the V8 recursion-depth benchmark: walk(depth - 1) under if (eqz depth),
;; with the locals clang gives such a function (a frame pointer, a result, a 64-bit counter).
(module
  (import "wpk" "fork" (func $fork (result i32)))
  (memory (export "memory") 2)
  (global $__stack_pointer (mut i32) (i32.const 65536))
  (global $calls (mut i64) (i64.const 0))
  (func $walk (export "walk") (param $depth i32) (result i32)
    (local $sp i32) (local $result i32) (local $count i64)
    (local.set $sp (global.get $__stack_pointer))
    (local.set $count (i64.add (global.get $calls) (i64.const 1)))
    (global.set $calls (local.get $count))
    (if (i32.eqz (local.get $depth))
      (then (local.set $result (call $fork)))
      (else (local.set $result (call $walk (i32.sub (local.get $depth) (i32.const 1))))))
    (global.set $__stack_pointer (local.get $sp))
    (local.get $result)))
