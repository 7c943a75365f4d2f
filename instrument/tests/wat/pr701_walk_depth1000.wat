;; The PR #701 shape: walk(depth - 1) under if (eqz depth), forking at recursion depth 1000.
;; The parent gets the child's pid, the child 0; the recursion sums each level's depth.
;; expect: pid=1 result 500502
;; expect: pid=2 result 500500
(module
  (import "wpk" "fork" (func $fork (result i32)))
  (memory (export "memory") 2)
  (func $walk (param $depth i32) (result i32)
    (if (result i32) (i32.eqz (local.get $depth))
      (then (call $fork))
      (else (i32.add (local.get $depth)
                     (call $walk (i32.sub (local.get $depth) (i32.const 1)))))))
  (func (export "_start") (result i32)
    (call $walk (i32.const 1000))))
