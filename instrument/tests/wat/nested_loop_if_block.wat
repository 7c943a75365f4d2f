;; Fork calls nested in a loop, an if and a block, with locals live across them. The loop
;; forks on its third iteration; the sum after the loop is the same in parent and child.
;; expect: pid=1 log 3
;; expect: pid=1 result 2010
;; expect: pid=2 log 3
;; expect: pid=2 result 2010
(module
  (import "wpk" "fork" (func $fork (result i32)))
  (import "env" "log_i32" (func $log (param i32)))
  (memory (export "memory") 1)
  (func (export "_start") (result i32)
    (local $i i32) (local $sum i32) (local $pid i32)
    (loop $again
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (local.set $sum (i32.add (local.get $sum) (i32.const 10)))
      (if (i32.eq (local.get $i) (i32.const 3))
        (then
          (block $b
            (local.set $sum (i32.add (local.get $sum) (i32.const 1000)))
            (local.set $pid (call $fork))
            (call $log (local.get $i))
            (local.set $sum (i32.add (local.get $sum) (i32.const 900))))))
      (br_if $again (i32.lt_u (local.get $i) (i32.const 8))))
    (i32.add (local.get $sum) (i32.const 30))))
