;; Mutable globals (a stack pointer) are saved by unwind_end and restored in the child.
;; expect: pid=1 result 65520
;; expect: pid=2 result 65520
(module
  (import "wpk" "fork" (func $fork (result i32)))
  (memory (export "memory") 2)
  (global $__stack_pointer (mut i32) (i32.const 65536))
  (func (export "_start") (result i32)
    (global.set $__stack_pointer (i32.sub (global.get $__stack_pointer) (i32.const 16)))
    (drop (call $fork))
    (global.get $__stack_pointer)))
