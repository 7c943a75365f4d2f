;; A save buffer too small for the stack: the fork fails cleanly (the runtime sees state 3 and
;; how many bytes were needed), nothing is written past the limit.
;; runtime-args: --buffer-bytes 200
;; expect: pid=1 fork-overflow need=824 have=200
(module
  (import "wpk" "fork" (func $fork (result i32)))
  (memory (export "memory") 2)
  (func $walk (param $depth i32) (result i32)
    (if (result i32) (i32.eqz (local.get $depth))
      (then (call $fork))
      (else (i32.add (local.get $depth)
                     (call $walk (i32.sub (local.get $depth) (i32.const 1)))))))
  (func (export "_start") (result i32)
    (call $walk (i32.const 100))))
